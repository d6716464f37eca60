import type { AppDatabase } from '@/db/connection';
import { ImportLookups } from '@/db/mutations/lookups';
import { saveMemberRecord, type MemberSaveResult } from '@/db/mutations/members';
import type { ImportCounts } from '@/db/schema';
import { memberBiographySchema, memberHistoryListSchema, memberSearchPageSchema, type MemberHistory } from '@/lib/validation/members-api';
import { rollBackEach } from './dry-run';
import { ImportError } from './errors';
import type { ApiClient } from './http/api-client';
import { ImportRun } from './import-run';
import { toMemberInput, type MemberInput } from './member-records';
import { parseJsonWith } from './parse-json';
import { noProgress, type ProgressFactory } from './progress';
import { scanAfterImport } from '@/db/mutations/suggestions';

/** Members API answers change rarely; kept an hour, so that an interrupted run continues without asking again. */
export const MEMBERS_MAX_AGE_MS = 60 * 60 * 1000;
/** The Members API returns at most 20 members a page. */
export const MEMBERS_PAGE_SIZE = 20;
/** Ids asked for in one /api/Members/History request. */
export const HISTORY_BATCH = 20;

export type MembersApiImportOptions = {
  client: ApiClient;
  /** Member ids to load; without them, every current member of the Commons. */
  ids?: number[];
  dryRun?: boolean;
  pageSize?: number;
  progress?: ProgressFactory;
};

export type MembersApiImportSummary = {
  runId: number | null;
  counts: ImportCounts;
  results: MemberSaveResult[];
  /** Members with no Commons membership in the official record: not loaded. */
  skipped: number[];
  conflicts: string[];
  notes: string[];
  requests: number;
  fromCache: number;
};

type Noted = { url: string; hash: string; fromCache: boolean };

/**
 * Imports members of the Commons from the Members API: names and ids, seats, membership periods (house
 * memberships cut by party history) and government and opposition posts with their dates. Every answer
 * is fetched and checked before anything is written; then each member loads in its own transaction.
 * What editors entered is never overwritten: disagreements come back as conflicts.
 */
export async function importMembersFromApi(db: AppDatabase, options: MembersApiImportOptions): Promise<MembersApiImportSummary> {
  const { client } = options;
  const progress = options.progress ?? noProgress;
  const run = ImportRun.start(db, 'members-api', { dryRun: options.dryRun });
  const note = (fetched: Noted) => void (run.hashes[fetched.url] = fetched.hash);

  try {
    const names = new Map<number, string>();
    const ids = options.ids && options.ids.length > 0 ? [...new Set(options.ids)] : await currentCommons(client, options.pageSize ?? MEMBERS_PAGE_SIZE, names, progress, note);

    const fetching = progress('Fetching members', ids.length);
    const histories = new Map<number, { history: MemberHistory; url: string }>();
    for (let i = 0; i < ids.length; i += HISTORY_BATCH) {
      const batch = ids.slice(i, i + HISTORY_BATCH);
      const query = batch.map((id) => `ids=${id}`).join('&');
      const fetched = await client.get(`/api/Members/History?${query}`, {
        maxAgeMs: MEMBERS_MAX_AGE_MS,
        parse: (text, url) => parseJsonWith(memberHistoryListSchema, text, url),
      });
      note(fetched);
      for (const item of fetched.value) histories.set(item.value.id, { history: item.value, url: fetched.url });
    }

    const inputs: MemberInput[] = [];
    const skipped: number[] = [];
    for (const id of ids) {
      const found = histories.get(id);
      if (!found) throw new ImportError(client.url(`/api/Members/History?ids=${id}`), null, `member ${id} is not in the answer: no such member`);
      const biography = await client.get(`/api/Members/${id}/Biography`, {
        maxAgeMs: MEMBERS_MAX_AGE_MS,
        parse: (text, url) => parseJsonWith(memberBiographySchema, text, url),
      });
      note(biography);
      const input = toMemberInput(found.history, biography.value.value, { source: { history: found.url, biography: biography.url }, nameHint: names.get(id) });
      if (input.memberships.length === 0) {
        skipped.push(id);
        run.counts.skipped += 1;
      } else inputs.push(input);
      fetching.tick(biography.fromCache ? 'cached' : 'fetched');
    }
    fetching.done();

    const loading = progress(options.dryRun ? 'Checking' : 'Loading', inputs.length);
    const lookups = new ImportLookups(db.$client);
    const results: MemberSaveResult[] = [];
    for (const input of inputs) {
      const save = (tx: Parameters<typeof saveMemberRecord>[0]) =>
        saveMemberRecord(tx, input, { actor: { label: 'importer' }, importRunId: run.id, lookups });
      const result = options.dryRun ? rollBackEach(db, lookups, save) : save(db);
      results.push(result);
      run.counts[result.status] += 1;
      loading.tick(result.status);
    }
    loading.done();
    run.succeed();
    if (!options.dryRun) scanAfterImport(db);
    return {
      runId: run.id,
      counts: run.counts,
      results,
      skipped,
      conflicts: results.flatMap((r) => r.conflicts),
      notes: results.flatMap((r) => r.notes),
      requests: client.requests,
      fromCache: client.cacheHits,
    };
  } catch (error) {
    run.fail(error);
    throw error;
  }
}

/** The ids of the current members of the Commons, page by page (GET /api/Members/Search). */
async function currentCommons(
  client: ApiClient,
  pageSize: number,
  names: Map<number, string>,
  progress: ProgressFactory,
  note: (fetched: Noted) => void,
): Promise<number[]> {
  const listing = progress('Listing members');
  const ids: number[] = [];
  for (let skip = 0; ; ) {
    const query = new URLSearchParams({ House: '1', IsCurrentMember: 'true', skip: String(skip), take: String(pageSize) });
    const fetched = await client.get(`/api/Members/Search?${query}`, {
      maxAgeMs: MEMBERS_MAX_AGE_MS,
      parse: (text, url) => parseJsonWith(memberSearchPageSchema, text, url),
    });
    note(fetched);
    const page = fetched.value;
    for (const item of page.items) {
      ids.push(item.value.id);
      if (item.value.nameDisplayAs) names.set(item.value.id, item.value.nameDisplayAs);
    }
    listing.setTotal(page.totalResults);
    listing.tick(undefined, page.items.length);
    skip += page.items.length;
    if (page.items.length === 0 || skip >= page.totalResults) break;
  }
  listing.done();
  return [...new Set(ids)];
}
