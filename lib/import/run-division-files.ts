import fs from 'node:fs';
import path from 'node:path';
import type { AppDatabase } from '@/db/connection';
import type { DivisionSaveResult } from '@/db/mutations/divisions';
import type { ImportCounts } from '@/db/schema';
import { parseDivisionJson, type DivisionInput } from './commons-division';
import { countConflicts } from './division-summary';
import { ImportError } from './errors';
import { ImportRun } from './import-run';
import { loadDivisions } from './load-divisions';
import { noProgress, type ProgressFactory } from './progress';
import { scanAfterImport } from '@/db/mutations/suggestions';

/**
 * runId is null for a dry run, which records nothing. `conflicts` counts the votes the records give otherwise than
 * an editor corrected them: the editors' votes were kept (each result lists its own).
 */
export type FileImportSummary = { runId: number | null; counts: ImportCounts; results: DivisionSaveResult[]; errors: ImportError[]; conflicts: number };

export type FileImportOptions = { dryRun?: boolean; commitEvery?: number; progress?: ProgressFactory };

/**
 * Imports saved Commons Votes API division records (one JSON file each). Every file is read and
 * checked before anything is written; a file that fails stops the run with nothing written, so a bad
 * batch never leaves a half-imported database. Each division loads in its own transaction. A dry run
 * loads each division and rolls it back: the counts say what would change, and nothing is written.
 */
export function importDivisionFiles(db: AppDatabase, files: string[], options: FileImportOptions = {}): FileImportSummary {
  const run = ImportRun.start(db, 'commons-votes-files', { dryRun: options.dryRun });
  const progress = options.progress ?? noProgress;
  try {
    const reading = progress('Reading', files.length);
    const inputs: DivisionInput[] = files.map((file) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new ImportError(file, null, 'cannot be read (missing or not a file)');
      }
      const input = parseDivisionJson(text, file);
      run.hashes[path.basename(file)] = input.hash;
      reading.tick();
      return input;
    });
    reading.done();

    const loading = progress(options.dryRun ? 'Checking' : 'Loading', inputs.length);
    const results = loadDivisions(db, inputs, {
      importRunId: run.id,
      dryRun: options.dryRun,
      commitEvery: options.commitEvery,
      onResult: (result) => {
        run.counts[result.status] += 1;
        loading.tick(result.status);
      },
    });
    loading.done();
    const conflicts = countConflicts(results);
    if (conflicts > 0) run.counts.conflicts = conflicts;
    run.succeed();
    if (!options.dryRun) scanAfterImport(db);
    return { runId: run.id, counts: run.counts, results, errors: [], conflicts };
  } catch (error) {
    run.fail(error);
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
