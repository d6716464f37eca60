import 'server-only';
import { getDb } from '@/db';
import type { AppDatabase } from './connection';

/**
 * A query prepared once a connection and run with placeholders (drizzle's `.prepare()`), for the reads behind a page
 * made afresh many times over, as a crawler makes every division's: building a query's SQL and preparing it again
 * on every call cost about as much as running it.
 */
export function preparedOnce<T>(prepare: (db: AppDatabase) => T): () => T {
  const prepared = new WeakMap<AppDatabase, T>();
  return () => {
    const db = getDb();
    let statement = prepared.get(db);
    if (statement === undefined) prepared.set(db, (statement = prepare(db)));
    return statement;
  };
}
