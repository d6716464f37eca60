// Issue 11, item 5: the database and its backups hold the editors' password hashes, and the auth secret signs
// their sessions. They were created readable by every user of the machine (0644 under the usual umask); they
// must be readable by their owner only (0600), including the WAL and shared-memory files beside the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, safetyCopyPath } from '@/db/backup';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { getAuthSecret } from '@/lib/auth/secret';
import type { Config } from '@/lib/config';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

let previousUmask: number;
// The usual umask, whatever the machine running the tests has: 0644 is what it gives a file by default.
beforeAll(() => {
  previousUmask = process.umask(0o022);
});
afterAll(() => {
  process.umask(previousUmask);
});

let dir: string;
const open: AppDatabase[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-modes-'));
});
afterEach(() => {
  for (const db of open.splice(0)) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function openAndWrite(file: string): AppDatabase {
  const db = openDatabase(file);
  open.push(db);
  migrateDatabase(db);
  return db;
}

describe('the database', () => {
  it('is created 0600, and so are its WAL and shared-memory files', () => {
    const file = path.join(dir, 'var', 'ayes.sqlite');
    openAndWrite(file);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect([modeOf(file), modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual([0o600, 0o600, 0o600]);
  });

  it('is made 0600 when an existing file is opened, with its WAL and shared-memory files', () => {
    const file = path.join(dir, 'old.sqlite');
    const db = openAndWrite(file);
    db.$client.close();
    open.splice(0);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o644);
    fs.writeFileSync(`${file}-wal`, '', { flag: 'a' });
    fs.chmodSync(`${file}-wal`, 0o644);
    openAndWrite(file);
    expect([modeOf(file), modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual([0o600, 0o600, 0o600]);
  });
});

describe('backups', () => {
  it('are written 0600, new or replacing a file', async () => {
    const source = path.join(dir, 'live.sqlite');
    openAndWrite(source);
    const backup = path.join(dir, 'backups', 'one.sqlite');
    await backupDatabase(source, backup);
    expect(modeOf(backup)).toBe(0o600);

    const replaced = path.join(dir, 'backups', 'two.sqlite');
    fs.writeFileSync(replaced, 'old', { mode: 0o644 });
    await backupDatabase(source, replaced, { force: true });
    expect(modeOf(replaced)).toBe(0o600);
  });

  it('a restore keeps the safety copy 0600, and a database it creates too', async () => {
    const live = path.join(dir, 'live.sqlite');
    openAndWrite(live);
    const backup = path.join(dir, 'backup.sqlite');
    await backupDatabase(live, backup);
    for (const db of open.splice(0)) db.$client.close();

    const now = new Date('2025-02-01T10:00:00Z');
    const result = await restoreDatabase(backup, live, { now });
    expect(result.safetyCopy).toBe(safetyCopyPath(live, now));
    expect(modeOf(result.safetyCopy!)).toBe(0o600);
    expect(modeOf(live)).toBe(0o600);

    const fresh = path.join(dir, 'new', 'restored.sqlite');
    await restoreDatabase(backup, fresh);
    expect(modeOf(fresh)).toBe(0o600);
  });
});

describe('the generated auth secret', () => {
  const config = (databasePath: string) => ({ databasePath, authSecret: undefined }) as Config;

  it('is created 0600', () => {
    const databasePath = path.join(dir, 'var', 'ayes.sqlite');
    const secret = getAuthSecret(config(databasePath));
    const file = path.join(dir, 'var', 'auth-secret');
    expect(fs.readFileSync(file, 'utf8')).toBe(secret);
    expect(modeOf(file)).toBe(0o600);
  });

  it('is made 0600 when an existing one is read', () => {
    const file = path.join(dir, 'auth-secret');
    fs.writeFileSync(file, 'an-existing-secret-of-at-least-32-characters', { mode: 0o644 });
    expect(getAuthSecret(config(path.join(dir, 'ayes.sqlite')))).toBe('an-existing-secret-of-at-least-32-characters');
    expect(modeOf(file)).toBe(0o600);
  });
});
