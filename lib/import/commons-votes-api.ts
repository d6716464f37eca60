import { inArray } from 'drizzle-orm';
import type { AppDatabase } from '@/db/connection';
import type { DivisionSaveResult } from '@/db/mutations/divisions';
import { divisions, type ImportCounts } from '@/db/schema';
import { divisionSearchPageSchema, isRealDateTime, type DivisionSearchItem } from '@/lib/validation/commons-votes';
import { parseDivisionJson, type DivisionInput } from './commons-division';
import { countConflicts } from './division-summary';
import { ImportError } from './errors';
import type { ApiClient } from './http/api-client';
import { ImportRun } from './import-run';
import { loadDivisions } from './load-divisions';
import { parseJsonWith } from './parse-json';
import { noProgress, type ProgressFactory } from './progress';
import { scanAfterImport } from '@/db/mutations/suggestions';

/** Search pages say what exists; they are kept for an hour so that a re-run soon after does not ask again. */
export const SEARCH_PAGE_MAX_AGE_MS = 60 * 60 * 1000;
/** The API's own default page size. */
export const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGES = 10_000;

export type DivisionsApiImportOptions = {
  client: ApiClient;
  /** A date range (YYYY-MM-DD, both ends included; `to` defaults to today) to search, or division ids to fetch. */
  from?: string;
  to?: string;
  ids?: number[];
  dryRun?: boolean;
  pageSize?: number;
  commitEvery?: number;
  progress?: ProgressFactory;
};

export type DivisionsApiImportSummary = {
  runId: number | null;
  counts: ImportCounts;
  /** Divisions loaded (fetched): new, changed or, when fetched anyway, unchanged. */
  results: DivisionSaveResult[];
  /** Divisions the search listed with the PublicationUpdated already held: not fetched. */
  notFetched: number[];
  requests: number;
  fromCache: number;
  /** Votes the records give otherwise than an editor corrected them: the editors' votes were kept. */
  conflicts: number;
};

type Target = { id: number; publicationUpdated: string | null };

/**
 * Imports Commons divisions from the Commons Votes API. With a date range it pages through the search,
 * compares each division's PublicationUpdated with the one held and fetches only the divisions that are
 * new or changed; with ids it fetches those. Every response is fetched and checked before anything is
 * written, so a bad one (truncated, wrong shape, counts that do not add up) stops the run with the
 * database as it was; then each division loads in its own transaction. An interrupted run continues
 * where it stopped: responses are cached on disk and divisions already loaded are not fetched again.
 */
export async function importDivisionsFromApi(db: AppDatabase, options: DivisionsApiImportOptions): Promise<DivisionsApiImportSummary> {
  const { client } = options;
  const progress = options.progress ?? noProgress;
  const run = ImportRun.start(db, 'commons-votes-api', { dryRun: options.dryRun });
  const note = (fetched: { url: string; hash: string }) => void (run.hashes[fetched.url] = fetched.hash);

  try {
    let targets: Target[];
    if (options.ids && options.ids.length > 0) {
      targets = [...new Set(options.ids)].map((id) => ({ id, publicationUpdated: null }));
    } else {
      if (!options.from) throw new ImportError('command line', '--from', 'give a date range (--from YYYY-MM-DD [--to YYYY-MM-DD]) or --id');
      const to = options.to ?? new Date().toISOString().slice(0, 10); // up to today
      const items = await searchDivisions(client, options.from, to, options.pageSize ?? DEFAULT_PAGE_SIZE, progress, note);
      const unique = new Map<number, DivisionSearchItem>();
      for (const item of items) {
        if (unique.has(item.DivisionId)) run.counts.skipped += 1; // listed twice: the pages moved under us
        else unique.set(item.DivisionId, item);
      }
      targets = [...unique.values()].map((item) => ({ id: item.DivisionId, publicationUpdated: normaliseStamp(item.PublicationUpdated) }));
    }

    const held = heldStamps(db, targets.map((t) => t.id));
    const notFetched: number[] = [];
    const toFetch = targets.filter((t) => {
      const stamp = held.get(t.id);
      if (t.publicationUpdated !== null && stamp !== undefined && stamp === t.publicationUpdated) {
        notFetched.push(t.id);
        run.counts.unchanged += 1;
        return false;
      }
      return true;
    });

    const fetching = progress('Fetching divisions', toFetch.length);
    const inputs: DivisionInput[] = [];
    for (const target of toFetch) {
      const fetched = await client.get(`/data/division/${target.id}.json`, {
        // A record is kept with its PublicationUpdated: a corrected one has a new key and is fetched again.
        cacheKey: target.publicationUpdated ? `${client.url(`/data/division/${target.id}.json`)}#${target.publicationUpdated}` : undefined,
        maxAgeMs: target.publicationUpdated ? null : SEARCH_PAGE_MAX_AGE_MS,
        parse: (text, url) => {
          const input = parseDivisionJson(text, url);
          if (input.officialId !== target.id) throw new ImportError(url, 'DivisionId', `expected ${target.id}, got ${input.officialId}`);
          return input;
        },
      });
      note(fetched);
      inputs.push(fetched.value);
      fetching.tick(fetched.fromCache ? 'cached' : 'fetched');
    }
    fetching.done();

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
    return { runId: run.id, counts: run.counts, results, notFetched, requests: client.requests, fromCache: client.cacheHits, conflicts };
  } catch (error) {
    run.fail(error);
    throw error;
  }
}

/** Every search result between two dates, page by page, until a page comes back short. */
async function searchDivisions(
  client: ApiClient,
  from: string,
  to: string,
  pageSize: number,
  progress: ProgressFactory,
  note: (fetched: { url: string; hash: string }) => void,
): Promise<DivisionSearchItem[]> {
  for (const [flag, date] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDateTime(date)) throw new ImportError('command line', flag, `expected a date like 2023-11-01, got "${date}"`);
  }
  const searching = progress('Searching');
  const items: DivisionSearchItem[] = [];
  let previousFirst: number | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({
      'queryParameters.startDate': from,
      'queryParameters.endDate': to,
      'queryParameters.skip': String(page * pageSize),
      'queryParameters.take': String(pageSize),
    });
    const fetched = await client.get(`/data/divisions.json/search?${query}`, {
      maxAgeMs: SEARCH_PAGE_MAX_AGE_MS,
      parse: (text, url) => parseJsonWith(divisionSearchPageSchema, text, url),
    });
    note(fetched);
    const pageItems = fetched.value;
    searching.tick(undefined, pageItems.length);
    if (pageItems.length > 0 && pageItems[0]?.DivisionId === previousFirst) {
      throw new ImportError(fetched.url, 'queryParameters.skip', 'the API returned the same page twice: it seems to ignore paging');
    }
    previousFirst = pageItems[0]?.DivisionId ?? null;
    items.push(...pageItems);
    if (pageItems.length < pageSize) break;
  }
  searching.done();
  return items;
}

/** The PublicationUpdated held for each of these divisions (official ids). */
function heldStamps(db: AppDatabase, ids: number[]): Map<number, string | null> {
  const held = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db
      .select({ officialId: divisions.officialId, publicationUpdated: divisions.publicationUpdated })
      .from(divisions)
      .where(inArray(divisions.officialId, ids.slice(i, i + 500)))
      .all();
    for (const row of rows) if (row.officialId !== null) held.set(row.officialId, row.publicationUpdated);
  }
  return held;
}

/** As parseDivisionJson keeps it: the first 19 characters (no fractions, no zone). */
function normaliseStamp(stamp: string | null | undefined): string | null {
  return stamp ? stamp.slice(0, 19) : null;
}
