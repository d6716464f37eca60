import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { AppDatabase } from './connection';

/** The committed SQL migrations, relative to the project root. */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/** Brings a database up to the latest committed migration. Safe to run on every start. */
export function migrateDatabase(db: AppDatabase, migrationsFolder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder });
}
