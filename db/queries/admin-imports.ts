import 'server-only';
import { desc } from 'drizzle-orm';
import { getDb } from '@/db';
import { importRuns, type ImportCounts, type ImportRunStatus } from '@/db/schema';

export type ImportRunRow = {
  id: number;
  source: string;
  startedAt: string;
  finishedAt: string | null;
  status: ImportRunStatus;
  isDryRun: boolean;
  counts: ImportCounts | null;
  error: string | null;
  processId: number | null;
  hostName: string | null;
};

export const IMPORT_RUNS_SHOWN = 50;

/** The latest import runs (importers, uploads and the seed), newest first; not the hashes of what they read. */
export function listImportRuns(limit = IMPORT_RUNS_SHOWN): ImportRunRow[] {
  return getDb()
    .select({
      id: importRuns.id,
      source: importRuns.source,
      startedAt: importRuns.startedAt,
      finishedAt: importRuns.finishedAt,
      status: importRuns.status,
      isDryRun: importRuns.isDryRun,
      counts: importRuns.counts,
      error: importRuns.error,
      processId: importRuns.processId,
      hostName: importRuns.hostName,
    })
    .from(importRuns)
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(limit)
    .all();
}
