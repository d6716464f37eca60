import 'server-only';
import { dataVersion } from './data-version';

/**
 * A memo of views computed from the database, kept until the data changes: the first request after an import or an
 * edit computes a view again, every other request shares it (a division's page, its filters and its downloads;
 * db/queries/division-detail.ts). Least recently used out beyond `maxEntries`. A view computed while a commit
 * landed is returned but not kept, since it may mix the old data and the new. What it returns is shared: callers
 * must not change it.
 */
/** Every memo's entries, so that a test can measure the reads behind a view made afresh (forgetKeptViews). */
const registry = new Set<Map<unknown, unknown>>();

export function versionMemo<K, V>(options: { maxEntries: number }) {
  let version: string | undefined;
  const entries = new Map<K, V>();
  registry.add(entries as Map<unknown, unknown>);
  return function memo(key: K, compute: () => V): V {
    const now = dataVersion();
    if (now !== version) {
      entries.clear();
      version = now;
    }
    const kept = entries.get(key);
    if (kept !== undefined) {
      entries.delete(key);
      entries.set(key, kept);
      return kept;
    }
    const value = compute();
    if (value !== undefined && dataVersion() === now) {
      entries.set(key, value);
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as K);
    }
    return value;
  };
}

/** Drops every kept view: the next read of each is made from the database, as after an edit. For tests. */
export function forgetKeptViews(): void {
  for (const entries of registry) entries.clear();
}
