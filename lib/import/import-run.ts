import os from 'node:os';
import { eq } from 'drizzle-orm';
import type { AppDatabase, Db } from '@/db/connection';
import { importRuns, type ImportCounts } from '@/db/schema';

export const emptyCounts = (): ImportCounts => ({ new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0 });

/** A run on another machine (whose processes cannot be seen from here) counts as gone after this long. */
export const FOREIGN_RUN_HOURS = 24;

/** Whether a process with this id exists on this machine. EPERM: it exists, but belongs to another user. */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type RunningRun = { id: number; startedAt: string; processId: number | null; hostName: string | null };

/**
 * Whether a run still marked `running` has lost its process: on this host, its process has ended; elsewhere
 * (or when the run predates recording its process) it started more than FOREIGN_RUN_HOURS ago.
 */
export function isRunGone(run: RunningRun, here: { host: string; now: Date; isAlive: (pid: number) => boolean }): boolean {
  if (run.processId !== null && run.hostName === here.host) return !here.isAlive(run.processId);
  return Date.parse(run.startedAt) < here.now.getTime() - FOREIGN_RUN_HOURS * 60 * 60_000;
}

/**
 * Runs killed mid-way (Ctrl-C, a crash) never said how they ended: marks those whose process is gone as
 * `interrupted`, so that `running` means running. A process id reused since is taken as alive: the run is
 * left as it is rather than wrongly marked.
 */
export function markInterruptedRuns(db: Db, now = new Date(), host = os.hostname()): number[] {
  const running = db
    .select({ id: importRuns.id, startedAt: importRuns.startedAt, processId: importRuns.processId, hostName: importRuns.hostName })
    .from(importRuns)
    .where(eq(importRuns.status, 'running'))
    .all();
  const gone = running.filter((run) => isRunGone(run, { host, now, isAlive: isProcessAlive }));
  for (const run of gone) {
    const who = run.processId !== null ? `process ${run.processId} on ${run.hostName ?? 'an unknown host'}` : 'an unknown process';
    const error = `Stopped before it finished: ${who} was no longer running at ${now.toISOString()}. Run the import again to complete it.`;
    db.update(importRuns).set({ status: 'interrupted', error }).where(eq(importRuns.id, run.id)).run();
  }
  return gone.map((run) => run.id);
}

/**
 * The record of one import run: source, start and finish, counts, and the SHA-256 of each raw response
 * (keyed by URL or file name). A dry run records nothing: it writes nothing at all.
 */
export class ImportRun {
  readonly counts = emptyCounts();
  readonly hashes: Record<string, string> = {};

  private constructor(
    private readonly db: AppDatabase,
    readonly id: number | null,
  ) {}

  static start(db: AppDatabase, source: string, options: { dryRun?: boolean } = {}): ImportRun {
    if (options.dryRun) return new ImportRun(db, null);
    const now = new Date();
    const host = os.hostname();
    const [row] = db.transaction((tx) => {
      markInterruptedRuns(tx, now, host);
      return tx
        .insert(importRuns)
        .values({ source, startedAt: now.toISOString(), status: 'running', processId: process.pid, hostName: host })
        .returning({ id: importRuns.id })
        .all();
    });
    if (!row) throw new Error('could not record the import run');
    return new ImportRun(db, row.id);
  }

  succeed(): void {
    this.finish('succeeded', null);
  }

  fail(error: unknown): void {
    this.counts.failed += 1;
    this.finish('failed', error instanceof Error ? error.message : String(error));
  }

  private finish(status: 'succeeded' | 'failed', error: string | null): void {
    if (this.id === null) return;
    this.db
      .update(importRuns)
      .set({ status, finishedAt: new Date().toISOString(), counts: this.counts, responseHashes: this.hashes, error })
      .where(eq(importRuns.id, this.id))
      .run();
  }
}
