import { seedDatabase } from '@/db/seed';
import { createTempDb, type TempDb } from './temp-db';

/**
 * A fresh, migrated and seeded database installed as the app's own (db/index.ts keeps it on globalThis),
 * so that queries and route handlers read it exactly as the server does.
 */
export function useSeededAppDb(): TempDb {
  const t = createTempDb();
  seedDatabase(t.db);
  (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;
  return t;
}

export function releaseAppDb(t: TempDb): void {
  delete (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb;
  t.close();
}
