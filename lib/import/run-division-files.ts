import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from '@/db/connection';
import { saveDivisionRecord, type DivisionSaveResult } from '@/db/mutations/divisions';
import { importRuns, type ImportCounts } from '@/db/schema';
import { parseDivisionJson } from './commons-division';
import { ImportError } from './errors';

export type FileImportSummary = { runId: number; counts: ImportCounts; results: DivisionSaveResult[]; errors: ImportError[] };

/**
 * Imports saved Commons Votes API division records (one JSON file each). Every file is read and
 * checked before anything is written; a file that fails stops the run with nothing written, so a bad
 * batch never leaves a half-imported database. Each division loads in its own transaction.
 */
export function importDivisionFiles(db: AppDatabase, files: string[], options: { dryRun?: boolean } = {}): FileImportSummary {
  const startedAt = new Date().toISOString();
  const [run] = db
    .insert(importRuns)
    .values({ source: 'commons-votes-files', startedAt, status: 'running', isDryRun: options.dryRun ?? false })
    .returning({ id: importRuns.id })
    .all();
  if (!run) throw new Error('could not record the import run');
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0 };
  const hashes: Record<string, string> = {};

  try {
    const inputs = files.map((file) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new ImportError(file, null, 'cannot be read (missing or not a file)');
      }
      const input = parseDivisionJson(text, file);
      hashes[path.basename(file)] = input.hash;
      return input;
    });

    const results: DivisionSaveResult[] = [];
    if (!options.dryRun) {
      for (const input of inputs) {
        const result = saveDivisionRecord(db, input, { actor: { label: 'importer' }, importRunId: run.id });
        counts[result.status] += 1;
        results.push(result);
      }
    } else counts.skipped = inputs.length;

    db.update(importRuns)
      .set({ status: 'succeeded', finishedAt: new Date().toISOString(), counts, responseHashes: hashes })
      .where(eq(importRuns.id, run.id))
      .run();
    return { runId: run.id, counts, results, errors: [] };
  } catch (error) {
    counts.failed += 1;
    db.update(importRuns)
      .set({
        status: 'failed',
        finishedAt: new Date().toISOString(),
        counts,
        responseHashes: hashes,
        error: error instanceof Error ? error.message : String(error),
      })
      .where(eq(importRuns.id, run.id))
      .run();
    throw error;
  }
}

/** The JSON files in a folder, in name order. */
export function listJsonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    throw new ImportError(dir, null, 'cannot be read (missing or not a folder)');
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => path.join(dir, n));
}
