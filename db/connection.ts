import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database or a transaction on it: what mutations, loaders and queries accept. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/**
 * Opens (and creates, if missing) a SQLite database with the settings every part of the app relies on:
 * WAL so that readers never wait for a writer, foreign keys enforced, and a busy timeout instead of
 * "database is locked" errors when an import and a page load meet.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): AppDatabase {
  if (file !== ':memory:' && !options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle({ client: sqlite, schema }) as AppDatabase;
}
