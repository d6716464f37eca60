import { eq, sql } from 'drizzle-orm';
import type { DivisionInput } from '@/lib/import/commons-division';
import type { Db } from '../connection';
import { importRuns, revisions, type ImportCounts } from '../schema';
import { saveDivisionRecord, type DivisionSaveResult } from './divisions';
import { recordKind } from './records';
import { recordRevision, type Actor } from './revisions';
import { scanAfterImport } from './suggestions';

export type DivisionUploadResult = DivisionSaveResult & {
  runId: number;
  /** The revision that undoes the upload: the creation for a new division, the update for a changed one. */
  revisionId: number | null;
};

/**
 * Loads an official division record an editor uploaded, through the importer's own loader, in one
 * transaction with its import run. The loader keeps a revision of a changed division; a new one gets a
 * 'create' revision here holding the whole division with its votes, so undoing the upload removes it.
 */
export function uploadDivisionRecord(
  db: Db,
  input: DivisionInput,
  options: { actor: Actor; fileName: string; reason?: string | null },
): DivisionUploadResult {
  return db.transaction((tx) => {
    const [run] = tx
      .insert(importRuns)
      .values({ source: 'admin-upload', startedAt: new Date().toISOString(), status: 'running' })
      .returning({ id: importRuns.id })
      .all();
    if (!run) throw new Error('could not record the import run');
    const result = saveDivisionRecord(tx, input, { actor: options.actor, importRunId: run.id, flagNewMembers: true });

    if (result.status === 'new') {
      recordRevision(tx, {
        actor: options.actor,
        tableName: 'divisions',
        recordId: result.divisionId,
        action: 'create',
        before: null,
        after: recordKind('divisions').read(tx, String(result.divisionId)),
        reason: options.reason ?? `Uploaded the official record ${options.fileName}`,
        importRunId: run.id,
      });
    }
    const revisionId =
      result.status === 'unchanged'
        ? null
        : (tx
            .select({ id: sql<number>`max(${revisions.id})` })
            .from(revisions)
            .where(eq(revisions.importRunId, run.id))
            .get()?.id ?? null);

    const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0 };
    counts[result.status] = 1;
    tx.update(importRuns)
      .set({ status: 'succeeded', finishedAt: new Date().toISOString(), counts, responseHashes: { [options.fileName]: input.hash } })
      .where(eq(importRuns.id, run.id))
      .run();
    // In its own savepoint: a scan that fails leaves the upload whole (scanAfterImport reports it).
    if (result.status !== 'unchanged') scanAfterImport(tx);
    return { ...result, runId: run.id, revisionId };
  });
}
