// db:backup and db:restore (db/backup.ts): a backup taken while another process writes is a consistent
// snapshot; a restore checks the file first, keeps a copy of the current database, and changes nothing when
// it refuses.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, inspectBackupFile, restoreDatabase } from '@/db/backup';
import { seedDatabase } from '@/db/seed';
import { createTempDb, tableCounts, type TempDb } from './support/temp-db';

const ROOT = process.cwd();

/** Another process that commits batches of ten revisions, as fast as it can, until it is stopped. */
const WRITER = `
const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
const insert = db.prepare("insert into revisions (actor_label, at, table_name, record_id, action, reason) values ('writer', ?, 'posts', ?, 'update', ?)");
const batch = db.transaction((n) => { for (let i = 0; i < 10; i++) insert.run(new Date().toISOString(), String(i), 'writer batch ' + n); });
let n = 0;
const started = Date.now();
while (Date.now() - started < 60000) { batch(++n); if (n === 20) console.log('writing'); }
`;

function startWriter(file: string) {
  const child = spawn(process.execPath, ['-e', WRITER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
    child.once('exit', (code) => reject(new Error(`the writer stopped (${code})`)));
  });
  return { ready, stop: () => child.kill() };
}

const writerRows = (db: Database.Database) => (db.prepare(`select count(*) as n from revisions where actor_label = 'writer'`).get() as { n: number }).n;

/** Damages one entry of an index so that integrity_check finds it (the file still opens). */
function damageAnIndex(file: string): void {
  const db = new Database(file);
  const page = (db.prepare(`select pageno from dbstat where name = 'votes_person_idx' and pagetype = 'leaf'`).get() as { pageno: number }).pageno;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    const bytes = Buffer.alloc(pageSize);
    fs.readSync(fd, bytes, 0, pageSize, (page - 1) * pageSize);
    // The first cell: its payload size, then the record, whose last byte is the row id it points to.
    const cell = bytes.readUInt16BE(8);
    const at = (page - 1) * pageSize + cell + bytes[cell]!;
    fs.writeSync(fd, Buffer.from([bytes[cell + bytes[cell]!]! ^ 0x7f]), 0, 1, at);
  } finally {
    fs.closeSync(fd);
  }
}

function runScript(script: string, args: string[], databasePath: string) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('db:backup and db:restore', () => {
  let live: TempDb;
  let dir: string;
  beforeEach(() => {
    live = createTempDb();
    seedDatabase(live.db);
    dir = live.dir;
  });
  afterEach(() => live.close());

  const fingerprint = () => ({
    counts: tableCounts(live.db),
    revisions: live.db.all(sql`select * from revisions order by id`),
  });
  const filesInDir = () => fs.readdirSync(dir).sort();

  describe('backing up', () => {
    it('takes a consistent copy while another process is writing', async () => {
      // Make the database big enough for the copy to take a while.
      live.db.$client.exec(`
        with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000)
        insert into revisions (actor_label, at, table_name, record_id, action, reason)
        select 'filler', '2025-01-01T00:00:00Z', 'posts', i, 'update', hex(randomblob(400)) from n`);
      const writer = startWriter(live.file);
      try {
        await writer.ready;
        const before = writerRows(live.db.$client);
        const result = await backupDatabase(live.file, path.join(dir, 'copy.sqlite'));
        const after = writerRows(live.db.$client);
        expect(after, 'the writer went on committing during the backup').toBeGreaterThan(before);

        const copy = new Database(result.destination, { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
          // A snapshot: every batch the writer committed is there whole, or not at all.
          const partial = copy
            .prepare(`select reason, count(*) as n from revisions where actor_label = 'writer' group by reason having n <> 10`)
            .all();
          expect(partial).toEqual([]);
          const copied = writerRows(copy);
          expect(copied).toBeGreaterThanOrEqual(before);
          expect(copied).toBeLessThanOrEqual(after);
          expect(copy.prepare(`select count(*) as n from revisions where actor_label = 'filler'`).get()).toEqual({ n: 20000 });
        } finally {
          copy.close();
        }
      } finally {
        writer.stop();
      }
    });

    it('refuses to replace a file unless forced, and never writes over the database itself', async () => {
      const target = path.join(dir, 'existing.sqlite');
      fs.writeFileSync(target, 'keep me');
      await expect(backupDatabase(live.file, target)).rejects.toThrow(/existing\.sqlite already exists: choose another file name, or add --force/);
      expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
      await backupDatabase(live.file, target, { force: true });
      expect(inspectBackupFile(target).tables).toBeGreaterThan(10);

      await expect(backupDatabase(live.file, live.file, { force: true })).rejects.toThrow(/cannot be written over the database itself/);
      await expect(backupDatabase(path.join(dir, 'missing.sqlite'), path.join(dir, 'x.sqlite'))).rejects.toThrow(/There is no database at/);
      expect(filesInDir().filter((f) => f.includes('partial'))).toEqual([]);
    });
  });

  describe('restoring', () => {
    async function backupOfLive(name = 'backup.sqlite') {
      return (await backupDatabase(live.file, path.join(dir, name))).destination;
    }

    async function expectRefused(file: string, message: RegExp) {
      const before = fingerprint();
      const files = filesInDir();
      const refusal = restoreDatabase(file, live.file);
      await expect(refusal).rejects.toThrow(message);
      await expect(refusal).rejects.toBeInstanceOf(BackupError);
      expect(fingerprint(), 'the database is unchanged').toEqual(before);
      expect(filesInDir(), 'no safety copy was made').toEqual(files);
    }

    it('refuses a file that is not SQLite', async () => {
      const junk = path.join(dir, 'junk.sqlite');
      fs.writeFileSync(junk, Buffer.alloc(8192, 7));
      await expectRefused(junk, /junk\.sqlite is not a SQLite database\./);
      const text = path.join(dir, 'notes.txt');
      fs.writeFileSync(text, 'ayes and noes\n');
      await expectRefused(text, /notes\.txt is not a SQLite database\./);
      await expectRefused(path.join(dir, 'absent.sqlite'), /There is no file at .*absent\.sqlite\./);
    });

    it('refuses a damaged backup, whether integrity_check finds it or SQLite cannot read it', async () => {
      const damagedIndex = await backupOfLive('damaged-index.sqlite');
      damageAnIndex(damagedIndex);
      await expectRefused(damagedIndex, /damaged-index\.sqlite is damaged: integrity_check says "row \d+ missing from index votes_person_idx"/);

      const garbled = await backupOfLive('garbled.sqlite');
      const fd = fs.openSync(garbled, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096 * 4, 0xff), 0, 4096 * 4, 4096 * 2);
      fs.closeSync(fd);
      await expectRefused(garbled, /garbled\.sqlite is damaged/);
    });

    it('refuses a SQLite database of something else', async () => {
      const foreign = path.join(dir, 'foreign.sqlite');
      const db = new Database(foreign);
      db.exec('create table notes (id integer primary key, body text); insert into notes (body) values (\'hello\')');
      db.close();
      await expectRefused(foreign, /foreign\.sqlite is not an Ayes & Noes database: it lacks the tables /);
    });

    it('refuses a backup made by newer code, with migrations this code does not have', async () => {
      const newer = await backupOfLive('newer.sqlite');
      const db = new Database(newer);
      db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', Date.UTC(2099, 0, 1));
      db.close();
      await expectRefused(newer, /newer\.sqlite was made by a newer or different version of Ayes & Noes: its migration of 2099-01-01T00:00:00\.000Z/);
    });

    it('restores into the live database, which a running connection sees at once, and keeps a safety copy', async () => {
      const backup = await backupOfLive();
      const atBackup = fingerprint();
      live.db.$client.exec(`delete from stances; delete from posts`);
      const beforeRestore = fingerprint();
      expect(beforeRestore.counts.stances).toBe(0);

      // live.db stays open throughout, like the site's connection.
      const result = await restoreDatabase(backup, live.file, { now: new Date('2025-02-03T04:05:06Z') });
      expect(fingerprint()).toEqual(atBackup);
      expect(result.safetyCopy).toBe(path.join(dir, 'test.before-restore-2025-02-03T04-05-06Z.sqlite'));
      expect(result).toMatchObject({ pendingMigrations: [], file: backup, database: live.file });

      const safety = new Database(result.safetyCopy!, { readonly: true });
      try {
        expect(safety.prepare('select count(*) as n from stances').get()).toEqual({ n: 0 });
        expect(safety.prepare('select count(*) as n from persons').get()).toEqual({ n: beforeRestore.counts.persons });
      } finally {
        safety.close();
      }
      expect(live.db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });

  describe('the commands', () => {
    it('print one line and exit 1 on bad input, and say what they did when they succeed', () => {
      const junk = path.join(dir, 'junk.bin');
      fs.writeFileSync(junk, 'not a database');
      const refused = runScript('db-restore.ts', [junk], live.file);
      expect(refused).toMatchObject({ status: 1, stderr: `Error: ${junk} is not a SQLite database.` });

      const usage = runScript('db-backup.ts', [], live.file);
      expect(usage).toMatchObject({ status: 1, stderr: 'Error: Usage: npm run db:backup -- <file> [--force]  (--force replaces an existing file)' });

      const target = path.join(dir, 'cli-backup.sqlite');
      const backedUp = runScript('db-backup.ts', [target], live.file);
      expect(backedUp.status).toBe(0);
      expect(backedUp.stdout).toMatch(new RegExp(`^Backed up .*test\\.sqlite to .*cli-backup\\.sqlite \\(\\d+ KB\\)\\.$`));
      expect(runScript('db-backup.ts', [target], live.file)).toMatchObject({ status: 1, stderr: expect.stringMatching(/already exists/) });

      const restored = runScript('db-restore.ts', [target], live.file);
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/Saved the current database as .*test\.before-restore-.*\.sqlite\.\nRestored .*cli-backup\.sqlite into .*test\.sqlite/);
    });
  });
});
