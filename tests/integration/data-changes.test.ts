// The data version (drizzle/0006_data_changes.sql): what the page cache, the kept views, the ETags and a shared
// cache's bans follow. It must move with every change to what the public pages show, whatever writes it, and with
// nothing else: a flood of sign-ins must not empty the caches. And it must never go back, a restore included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { countSignInAttempt, recordSignInSuccess } from '@/db/mutations/login-failures';
import { correctVote } from '@/db/mutations/vote-corrections';
import { divisions, persons } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { DATA_VERSION_SQL } from '@/scripts/lib/data-version.mjs';
import { createTempDb, type TempDb } from './support/temp-db';

/** Tables whose rows the public pages show: each moves the version on insert, update and delete. */
const PUBLIC_TABLES = ['persons', 'person_names', 'parties', 'constituencies', 'memberships', 'divisions', 'votes', 'whips', 'posts', 'topics', 'topic_divisions', 'stances'];
/** Tables the public pages never read: editors' accounts and sessions, sign-in counters, the history, import runs. */
// The editors' queue (suggestions) and the readers' report counters are nobody's public page: filing a report or a
// suggestion must not empty the page cache.
const PRIVATE_TABLES = [
  'users',
  'sessions',
  'accounts',
  'verifications',
  'rate_limits',
  'login_failures',
  'login_client_attempts',
  'revisions',
  'import_runs',
  'suggestions',
  'report_clients',
  'suggestion_scans',
];
/** Kept by SQLite or made from other tables (their changes come with those tables'), and the counter itself. */
const OTHER_TABLES = /^(sqlite_|__drizzle_migrations$|search_index|division_party_tallies$|person_vote_counts$|data_changes$)/;

let t: TempDb;
const version = () => t.db.$client.prepare(DATA_VERSION_SQL).pluck().get() as number;

beforeAll(() => {
  t = createTempDb();
  seedDatabase(t.db);
});
afterAll(() => t.close());

describe('the data version', () => {
  it('is moved by triggers on every public table, and every table is either public or private', () => {
    const tables = (t.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((n) => !OTHER_TABLES.test(n));
    expect(tables.toSorted()).toEqual([...PUBLIC_TABLES, ...PRIVATE_TABLES].toSorted());
    const triggers = t.db.$client.prepare("SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger'").all() as { tableName: string; sql: string }[];
    for (const table of PUBLIC_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const moves = triggers.some((tr) => tr.tableName === table && tr.sql.includes(`AFTER ${event} ON \`${table}\``) && tr.sql.includes('data_changes'));
        expect(moves, `${event} on ${table}`).toBe(true);
      }
    }
    for (const table of PRIVATE_TABLES) expect(triggers.filter((tr) => tr.tableName === table && tr.sql.includes('data_changes')), table).toEqual([]);
  });

  it('started on the present time in microseconds, so that no later database starts below an earlier one', () => {
    expect(version()).toBeGreaterThan(Date.parse('2026-01-01') * 1000);
    expect(Number.isSafeInteger(version())).toBe(true);
  });

  it('stays put through sign-ins, failed ones and their counters, and moves with an editor’s correction', () => {
    const before = version();
    for (let i = 0; i < 5; i++) countSignInAttempt(t.db, { email: `someone${i}@example.org`, client: `198.51.100.${i}` });
    recordSignInSuccess(t.db, { email: 'someone0@example.org', client: '198.51.100.0' });
    t.db.$client.prepare("INSERT INTO revisions (actor_label, table_name, record_id, action, at) VALUES ('x', 'users', '1', 'update', '2026-01-01')").run();
    expect(version()).toBe(before);

    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!.id;
    const division = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
    t.db.transaction((tx) => correctVote(tx, division, qureshi, { position: 'no', isTeller: false, proxyName: null }, { actor: { id: 'u1', label: 'editor@example.org' } }));
    expect(version()).toBeGreaterThan(before);
  });

  it('never goes back: a restore puts it past the live version', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-version-'));
    try {
      const backup = path.join(dir, 'backup.sqlite');
      await backupDatabase(t.file, backup);
      const atBackup = version();
      t.db.$client.prepare("UPDATE divisions SET short_title = 'Edited after the backup' WHERE official_id = 1666").run();
      const live = version();
      expect(live).toBeGreaterThan(atBackup);
      await restoreDatabase(backup, t.file, { now: new Date('2026-01-02T03:04:05Z') });
      expect(version()).toBeGreaterThan(live);
      expect(t.db.$client.prepare('SELECT short_title FROM divisions WHERE official_id = 1666').pluck().get()).not.toBe('Edited after the backup');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
