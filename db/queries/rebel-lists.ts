import 'server-only';
import { versionMemo } from '../version-memo';
import { loadRebelList, type RebelListResult } from './rebels';

// The rebel explorer's lists, kept until the data changes (db/version-memo.ts): a list reads up to a hundred
// divisions and judges every vote in them, so the page, its other pages, its downloads and the API share one
// reading of the same filters. What it returns is shared and must not be changed.

/** Lists kept at once: each holds every matching rebel with their rebellions. */
const LISTS_KEPT = 16;
const memo = versionMemo<string, RebelListResult>({ maxEntries: LISTS_KEPT });

type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

/** The filters as one key, whatever their order (the page's own paging is not a filter). */
function keyOf(raw: RawQuery): string {
  const entries = raw instanceof URLSearchParams ? [...raw] : Object.entries(raw).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x] as const));
  return entries
    .filter(([name]) => name !== 'page')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort()
    .join('&');
}

/** loadRebelList (db/queries/rebels.ts), kept until the data changes. */
export function loadRebelListKept(raw: RawQuery): RebelListResult {
  return memo(keyOf(raw), () => loadRebelList(raw));
}
