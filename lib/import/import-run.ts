import { eq } from 'drizzle-orm';
import type { AppDatabase } from '@/db/connection';
import { importRuns, type ImportCounts } from '@/db/schema';

export const emptyCounts = (): ImportCounts => ({ new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0 });

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
    const [row] = db
      .insert(importRuns)
      .values({ source, startedAt: new Date().toISOString(), status: 'running' })
      .returning({ id: importRuns.id })
      .all();
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
