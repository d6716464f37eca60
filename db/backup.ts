// Backing up and restoring the live database with SQLite's online backup API, which copies a consistent
// snapshot page by page while the site goes on reading and writing. Used by scripts/db-backup.ts and
// scripts/db-restore.ts, so, like db/mutations, this module does not import 'server-only'.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrivately, restrictToOwner } from './connection';
import { MIGRATIONS_FOLDER } from './migrate';

/** An expected failure (bad file, file exists, wrong database): its message is the one line the user sees. */
export class BackupError extends Error {}

/** Copy every page in one step, so that a busy writer cannot make the copy start over and over. */
const ALL_PAGES = 0x7fffffff;
const BUSY_TIMEOUT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function openExisting(file: string, readonly: boolean): Database.Database {
  const db = new Database(file, { readonly, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * Copies `db` into `file` with the online backup API. better-sqlite3 reports a copy that could not start
 * because the destination was locked as finished with 0 pages: such a copy changed nothing, so try again.
 */
async function copyInto(db: Database.Database, file: string): Promise<number> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    const { totalPages, remainingPages } = await db.backup(file, { progress: () => ALL_PAGES });
    if (totalPages > 0 && remainingPages === 0) return totalPages;
    if (Date.now() > deadline) throw new BackupError(`${file} stayed locked by another connection for ${BUSY_TIMEOUT_MS / 1000} s: try again.`);
    await sleep(50);
  }
}

function sameFile(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  return x === y || x === `${y}-wal` || x === `${y}-shm` || x === `${y}-journal`;
}

function refuseDirectory(file: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new BackupError(`${file} is a folder, not a file.`);
}

export type BackupResult = { source: string; destination: string; pages: number; bytes: number };

/**
 * Writes a consistent copy of the database at `source` to `destination`, safe while the site runs. The copy
 * is made beside the destination and moved into place only once it is complete and checked, so a failed
 * backup leaves nothing half-written; an existing file is replaced only with `force`.
 */
export async function backupDatabase(source: string, destination: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  refuseDirectory(source);
  if (sameFile(destination, source)) throw new BackupError(`The backup cannot be written over the database itself (${source}).`);
  refuseDirectory(destination);
  if (fs.existsSync(destination) && !options.force) {
    throw new BackupError(`${destination} already exists: choose another file name, or add --force to replace it.`);
  }
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });

  const partial = `${destination}.partial-${process.pid}-${Date.now()}`;
  const db = openExisting(source, false);
  try {
    describeSqliteFailure(source, () => db.pragma('schema_version'));
    // A backup holds the password hashes too: owner-only from the start (the move below keeps the mode).
    createPrivately(partial);
    const pages = await copyInto(db, partial);
    // The live database is in WAL mode; the copy becomes one self-contained file that `cp` can move safely.
    const copy = openExisting(partial, false);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`The copy failed its check (${String(check)}); ${destination} was not written.`);
    } finally {
      copy.close();
    }
    if (options.force) {
      fs.renameSync(partial, destination);
    } else {
      // link() fails if the name was taken meanwhile: never replace a file without --force.
      try {
        fs.linkSync(partial, destination);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new BackupError(`${destination} already exists: choose another file name, or add --force to replace it.`);
        }
        throw error;
      }
    }
    restrictToOwner(destination);
    return { source, destination, pages, bytes: fs.statSync(destination).size };
  } finally {
    db.close();
    fs.rmSync(partial, { force: true });
  }
}

/** Runs a first read and turns SQLite's "not a database" and "malformed" errors into a clear line. */
function describeSqliteFailure<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_NOTADB')) throw new BackupError(`${file} is not a SQLite database.`);
    if (code.startsWith('SQLITE_CORRUPT')) throw new BackupError(`${file} is damaged: ${(error as Error).message}.`);
    if (code.startsWith('SQLITE_')) throw new BackupError(`${file} cannot be read as a SQLite database: ${(error as Error).message}.`);
    throw error;
  }
}

type JournalEntry = { idx: number; when: number; tag: string };

/** The migrations this code knows, from drizzle/meta/_journal.json, oldest first. */
export function readJournal(migrationsFolder = MIGRATIONS_FOLDER): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return [...journal.entries].sort((a, b) => a.when - b.when);
}

/** The tables the first migration creates: any database of this project has them. */
function coreTables(migrationsFolder: string, journal: JournalEntry[]): string[] {
  const first = journal[0];
  if (!first) return [];
  const sql = fs.readFileSync(path.join(migrationsFolder, `${first.tag}.sql`), 'utf8');
  return [...sql.matchAll(/CREATE TABLE `([^`]+)`/g)].map((m) => m[1]!);
}

export type BackupFileInfo = {
  pages: number;
  pageSize: number;
  tables: number;
  /** The migrations applied to the file, by tag, oldest first. */
  migrations: string[];
  /** The code's migrations not yet applied to the file (`npm run db:migrate` applies them). */
  pendingMigrations: string[];
};

/**
 * Checks that `file` can be restored: it opens as SQLite, passes PRAGMA integrity_check, has this project's
 * tables, and none of its applied migrations is newer than, or unknown to, this code.
 */
export function inspectBackupFile(file: string, migrationsFolder = MIGRATIONS_FOLDER): BackupFileInfo {
  if (!fs.existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  refuseDirectory(file);
  const db = openExisting(file, true);
  try {
    const problems = describeSqliteFailure(file, () => db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>);
    const firstProblem = problems[0]?.integrity_check;
    if (firstProblem !== 'ok') throw new BackupError(`${file} is damaged: integrity_check says "${firstProblem ?? 'nothing'}".`);

    const tables = new Set(
      db.prepare<[], { name: string }>(`select name from sqlite_master where type = 'table'`).all().map((r) => r.name),
    );
    const journal = readJournal(migrationsFolder);
    const missing = [...coreTables(migrationsFolder, journal), '__drizzle_migrations'].filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new BackupError(`${file} is not an Ayes & Noes database: it lacks the tables ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''}.`);
    }

    const applied = db
      .prepare<[], { createdAt: number }>('select cast(created_at as integer) as createdAt from __drizzle_migrations order by created_at')
      .all()
      .map((r) => r.createdAt);
    const known = new Map(journal.map((e) => [e.when, e.tag]));
    const unknown = applied.filter((when) => !known.has(when));
    if (unknown.length > 0) {
      const when = new Date(Math.max(...unknown)).toISOString();
      throw new BackupError(
        `${file} was made by a newer or different version of Ayes & Noes: its migration of ${when} is not in this code's drizzle/ folder. Update the code first.`,
      );
    }
    const appliedSet = new Set(applied);
    return {
      pages: db.pragma('page_count', { simple: true }) as number,
      pageSize: db.pragma('page_size', { simple: true }) as number,
      tables: tables.size,
      migrations: applied.map((when) => known.get(when)!),
      pendingMigrations: journal.filter((e) => !appliedSet.has(e.when)).map((e) => e.tag),
    };
  } finally {
    db.close();
  }
}

export type RestoreResult = BackupFileInfo & { file: string; database: string; safetyCopy: string | null };

/** Where the current database is kept before a restore: beside it, named by the time. */
export function safetyCopyPath(database: string, now = new Date()): string {
  const { dir, name, ext } = path.parse(database);
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return path.join(dir, `${name}.before-restore-${stamp}${ext || '.sqlite'}`);
}

/**
 * Replaces the database at `database` with the backup `file`: checks the file first, copies the current
 * database beside itself, then copies the file into it with the online backup API (so that a running site
 * sees the restored data on its next read). Nothing is changed unless every check passes.
 */
export async function restoreDatabase(file: string, database: string, options: { now?: Date; migrationsFolder?: string } = {}): Promise<RestoreResult> {
  if (sameFile(file, database)) throw new BackupError(`${file} is the database itself: restore from a backup file.`);
  const info = inspectBackupFile(file, options.migrationsFolder);

  let safetyCopy: string | null = null;
  let liveVersion = 0;
  if (fs.existsSync(database)) {
    safetyCopy = safetyCopyPath(database, options.now);
    liveVersion = readDataVersion(database);
    try {
      const live = openExisting(database, false);
      try {
        const journalMode = String(live.pragma('journal_mode', { simple: true }));
        const pageSize = live.pragma('page_size', { simple: true }) as number;
        // SQLite cannot back up into a WAL database with another page size.
        if (journalMode === 'wal' && pageSize !== info.pageSize) {
          throw new BackupError(`${file} uses ${info.pageSize}-byte pages and the database ${pageSize}-byte pages: it cannot be restored in place.`);
        }
      } finally {
        live.close();
      }
      await backupDatabase(database, safetyCopy);
    } catch (error) {
      if (error instanceof BackupError) throw error;
      // Restoring over a broken database is what backups are for, but not without a copy of it first.
      throw new BackupError(
        `Could not copy the current database ${database} before restoring (${(error as Error).message}); nothing was restored. If it is damaged, move it and its -wal and -shm files aside, then restore again.`,
      );
    }
  }
  // A database the restore creates is owner-only, like one the app creates; an existing one is made so.
  createPrivately(database);

  const source = openExisting(file, true);
  try {
    await copyInto(source, database);
  } finally {
    source.close();
  }
  const restored = openExisting(database, false);
  try {
    restored.pragma('journal_mode = WAL');
    const check = restored.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new BackupError(`The restored database failed its check (${String(check)}). The previous one is at ${safetyCopy ?? '(none)'}.`);
    }
    moveDataVersionPast(restored, liveVersion);
  } finally {
    restored.close();
  }
  return { ...info, file, database, safetyCopy };
}

/** The data version of a database (drizzle/0006_data_changes.sql), or 0 when it has none or cannot be read. */
function readDataVersion(database: string): number {
  try {
    const db = openExisting(database, true);
    try {
      return (db.prepare('SELECT version FROM data_changes WHERE id = 1').pluck().get() as number | undefined) ?? 0;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/**
 * A restored database goes back to an earlier state, but its data version must not: pages, kept views and ETags
 * made from the live database under a version it had passed would be taken for the restored data. So it moves past
 * the live version and the present time (the scale it started on); a backup from before the counter existed gets it
 * from the migration that follows.
 */
function moveDataVersionPast(restored: Database.Database, liveVersion: number): void {
  const hasCounter = restored.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'data_changes'").get();
  if (!hasCounter) return;
  restored
    .prepare(
      "UPDATE data_changes SET version = max(version, ?, CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)) + 1 WHERE id = 1",
    )
    .run(liveVersion);
}
