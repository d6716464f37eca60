import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database or a transaction on it: what mutations, loaders and queries accept. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/** The database, its backups and the auth secret hold password hashes and sign sessions: owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/** The files SQLite keeps beside a database while it is open. */
export const companionFiles = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Makes an existing file readable and writable by its owner only; a missing file is left missing. A file
 * this process may not change (owned by another user) is reported, not fatal: the site still works.
 */
export function restrictToOwner(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'EPERM' || code === 'EACCES') console.warn(`Could not make ${file} private to its owner (${code}): anyone on this machine may read it.`);
    else throw error;
  }
}

/**
 * Creates `file` empty and owner-only when it does not exist, so that SQLite opens it rather than creating it
 * with the umask's mode (usually 0644); SQLite then gives the -wal, -shm and -journal files the same mode.
 */
export function createPrivately(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  restrictToOwner(file);
}

/**
 * Opens (and creates, if missing) a SQLite database with the settings every part of the app relies on:
 * WAL so that readers never wait for a writer, foreign keys enforced, and a busy timeout instead of
 * "database is locked" errors when an import and a page load meet. The file is owner-only (0600).
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): AppDatabase {
  if (file !== ':memory:' && file !== '' && !options.readonly) {
    createPrivately(file);
    // Files left by a database opened before it was kept private.
    companionFiles(file).forEach(restrictToOwner);
  }
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle({ client: sqlite, schema }) as AppDatabase;
}
