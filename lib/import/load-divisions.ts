import type { AppDatabase } from '@/db/connection';
import { saveDivisionRecord, type DivisionSaveResult } from '@/db/mutations/divisions';
import { ImportLookups } from '@/db/mutations/lookups';
import type { DivisionInput } from './commons-division';
import { rollBackEach } from './dry-run';

export type LoadDivisionsOptions = {
  importRunId: number | null;
  dryRun?: boolean;
  /**
   * How many divisions go into one commit. Each division still loads all-or-nothing in its own nested
   * transaction (a savepoint), but committing them in groups writes each page of the votes-by-person
   * index once per group rather than once per division, which is most of the cost of a bulk load.
   * 1 commits every division on its own.
   */
  commitEvery?: number;
  onResult?: (result: DivisionSaveResult) => void;
};

export const DEFAULT_COMMIT_EVERY = 50;

/**
 * Loads checked division records through saveDivisionRecord with lookups shared by the run. The first
 * division that fails stops the load: it is rolled back whole, the divisions before it stay loaded, and
 * the error is thrown. In a dry run each division is loaded and rolled back, so the results say what
 * would change and the database is left as it was.
 */
export function loadDivisions(db: AppDatabase, inputs: ReadonlyArray<DivisionInput>, options: LoadDivisionsOptions): DivisionSaveResult[] {
  const lookups = new ImportLookups(db.$client);
  const save = (tx: Parameters<typeof saveDivisionRecord>[0], input: DivisionInput) =>
    saveDivisionRecord(tx, input, { actor: { label: 'importer' }, importRunId: options.importRunId, lookups });
  const results: DivisionSaveResult[] = [];
  const restore = tuneForBulkLoad(db);
  try {
    if (options.dryRun) {
      for (const input of inputs) {
        const result = rollBackEach(db, lookups, (tx) => save(tx, input));
        results.push(result);
        options.onResult?.(result);
      }
      return results;
    }

    const group = Math.max(1, Math.floor(options.commitEvery ?? DEFAULT_COMMIT_EVERY));
    // Memberships and seats stretched division after division are written once a commit (db/mutations/deferred-writes.ts).
    lookups.deferWrites();
    for (let i = 0; i < inputs.length; i += group) {
      let failure: unknown = null;
      try {
        db.transaction((tx) => {
          for (const input of inputs.slice(i, i + group)) {
            try {
              const result = save(tx, input);
              results.push(result);
              options.onResult?.(result);
            } catch (error) {
              // Rolled back to its savepoint already: keep the divisions loaded before it, then stop.
              failure = error;
              break;
            }
          }
          lookups.flush(tx);
        });
      } catch (error) {
        lookups.reset();
        throw error;
      }
      if (failure) throw failure;
    }
    return results;
  } finally {
    restore();
  }
}

/**
 * Settings of the connection for a bulk load, put back afterwards. A load touches the same index pages
 * again and again, and SQLite's default page cache (2 MB) keeps too few of them. Each division's
 * savepoint copies the pages it changes to a sub-journal so that it can be rolled back alone; kept in
 * memory rather than in a temporary file, that copy costs no system calls.
 */
function tuneForBulkLoad(db: AppDatabase): () => void {
  const client = db.$client;
  const cacheSize = client.pragma('cache_size', { simple: true }) as number;
  const tempStore = client.pragma('temp_store', { simple: true }) as number;
  const wanted = -64 * 1024; // KiB, i.e. 64 MB
  const cacheKiB = cacheSize < 0 ? -cacheSize : (cacheSize * (client.pragma('page_size', { simple: true }) as number)) / 1024;
  if (cacheKiB < -wanted) client.pragma(`cache_size = ${wanted}`);
  client.pragma('temp_store = MEMORY');
  return () => {
    client.pragma(`cache_size = ${cacheSize}`);
    client.pragma(`temp_store = ${tempStore}`);
  };
}
