import type { AppDatabase, Db } from '@/db/connection';
import type { ImportLookups } from '@/db/mutations/lookups';

class RollBack<T> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
  }
}

/**
 * Runs one load in a transaction and rolls it back: the result says what the load would have done,
 * and the database is left as it was. The lookups forget what the rolled-back load taught them.
 */
export function rollBackEach<T>(db: AppDatabase, lookups: ImportLookups | null, load: (tx: Db) => T): T {
  try {
    db.transaction((tx) => {
      throw new RollBack(load(tx));
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result as T;
    throw error;
  } finally {
    lookups?.reset();
  }
  throw new Error('unreachable: a dry-run transaction committed');
}
