import 'server-only';
import { getConfig } from '@/lib/config';
import { openDatabase, type AppDatabase } from './connection';

const globalForDb = globalThis as unknown as { ayesAndNoesDb?: AppDatabase };

/**
 * The app's database, opened on first use rather than when a module loads, so that `next build` on a
 * fresh clone (with no database yet) never touches it. Migrations run before the server starts.
 */
export function getDb(): AppDatabase {
  globalForDb.ayesAndNoesDb ??= openDatabase(getConfig().databasePath);
  return globalForDb.ayesAndNoesDb;
}
