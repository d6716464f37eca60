import 'server-only';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { DATA_VERSION_SQL } from '@/scripts/lib/data-version.mjs';
import { getDb } from '.';
import type { AppDatabase } from './connection';

// Which state of the public data a computed view belongs to: the key of the per-version memos (db/version-memo.ts).
// The counter of drizzle/0006_data_changes.sql moves with every commit that changes a public table, whichever process
// makes it (an editor's form on the app's own connection, the importer, a restore), and with nothing else: a sign-in
// empties nothing. It is read on a connection of its own, and comes with a token of that connection, so that another
// database (the tests swap them) never gives a view of this one.

type VersionReader = { db: AppDatabase; token: string; read: () => number; close: () => void };

const state = globalThis as unknown as { ayesAndNoesVersion?: VersionReader };

/** The current data version, as a string; a new value every call when the database cannot tell (in memory). */
export function dataVersion(): string {
  const db = getDb();
  if (db.$client.memory) return randomUUID();
  let reader = state.ayesAndNoesVersion;
  if (!reader || reader.db !== db) {
    reader?.close();
    const connection = new Database(db.$client.name, { readonly: true, fileMustExist: true });
    const statement = connection.prepare(DATA_VERSION_SQL).pluck();
    reader = { db, token: randomUUID(), read: () => statement.get() as number, close: () => connection.close() };
    state.ayesAndNoesVersion = reader;
  }
  return `${reader.token}:${reader.read()}`;
}
