import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';

export type TempDb = { db: AppDatabase; file: string; dir: string; close: () => void };

/** A fresh, migrated SQLite file in a temporary folder, removed by close(). */
export function createTempDb(): TempDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-test-'));
  const file = path.join(dir, 'test.sqlite');
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    dir,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const TABLES = ['persons', 'parties', 'constituencies', 'memberships', 'divisions', 'votes', 'whips', 'posts', 'topics', 'topic_divisions', 'stances', 'revisions'];

/** Row counts of every data table: a fingerprint to prove that a failed or repeated import changed nothing. */
export function tableCounts(db: AppDatabase): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, db.get<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)).n]));
}

/** Every vote row, ordered: to prove the content, not just the count, is unchanged. */
export function voteDump(db: AppDatabase): string {
  return JSON.stringify(db.all(sql`select division_id, person_id, position, is_teller, proxy_name, party_id from votes order by 1, 2`));
}

export const DIVISION_1666 = path.join(process.cwd(), 'data/commons-2023-11-15/commonsvotes-division-1666.json');

export function readDivision1666(): Record<string, unknown> & { Ayes: Record<string, unknown>[]; Noes: Record<string, unknown>[] } {
  return JSON.parse(fs.readFileSync(DIVISION_1666, 'utf8'));
}
