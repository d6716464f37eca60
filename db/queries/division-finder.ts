import 'server-only';
import { and, desc, eq, gt, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, topicDivisions, topics } from '@/db/schema';
import { queryWords } from '@/lib/search/words';
import { FINDER_PAGE_SIZE, parseFinderPage, parseFinderQuery, type FinderQuery } from '@/lib/validation/division-finder';
import type { QueryIssue, RawQuery } from '@/lib/validation/rebels';
import { summariseDivisions, type DivisionTotals } from '@/lib/view/division-summary';
import { versionMemo } from '../version-memo';
import { loadJudgedDivisions } from './judged-divisions';
import { listDivisionTotalsFacts, listColumns, type DivisionListItem } from './divisions';
import { listParties, type PartySummary } from './parties';

// The division finder (/divisions and its downloads): which divisions match the filters, newest first, with each
// one's rebels and departures. Title words, dates, topic and result are one query; "had rebels" (of a party) and
// "had departures" read every division's totals, judged once per data version and shared (db/version-memo.ts).

export type FinderResult = {
  query: FinderQuery;
  issues: QueryIssue[];
  /** The party the `party` filter names, when it names one. */
  party: PartySummary | undefined;
  parties: PartySummary[];
  /** Every matching division's id, newest first. */
  total: number;
  page: number;
  pages: number;
  items: DivisionListItem[];
  totals: Map<number, DivisionTotals>;
};

/** Divisions with an address matching the filters read from the divisions table, newest first. */
function matchingIds(query: FinderQuery): { id: number; date: string }[] {
  const conditions: SQL[] = [isNotNull(divisions.officialId) as SQL];
  if (query.from) conditions.push(gte(divisions.date, query.from));
  if (query.to) conditions.push(lte(divisions.date, query.to));
  if (query.result === 'ayes') conditions.push(gt(divisions.ayeCount, divisions.noCount));
  if (query.result === 'noes') conditions.push(gt(divisions.noCount, divisions.ayeCount));
  if (query.topic) {
    conditions.push(
      inArray(
        divisions.id,
        getDb().select({ id: topicDivisions.divisionId }).from(topicDivisions).innerJoin(topics, eq(topics.id, topicDivisions.topicId)).where(eq(topics.slug, query.topic)),
      ),
    );
  }
  if (query.q) {
    // Every word of the title, as written (migration 0007's index holds the official and short titles): words of three
    // letters or more through the index, shorter ones ("EU", "NHS" has three) by their letters in the title.
    const words = queryWords(query.q);
    const long = words.filter((w) => w.length >= 3);
    if (long.length > 0) {
      const match = long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
      conditions.push(sql`${divisions.id} IN (SELECT ref_id FROM search_index WHERE search_index MATCH ${match} AND kind = 'division')`);
    }
    for (const word of words.filter((w) => w.length < 3)) {
      conditions.push(sql`lower(${divisions.officialTitle} || ' ' || coalesce(${divisions.shortTitle}, '')) LIKE ${`%${word}%`}`);
    }
  }
  return getDb()
    .select({ id: divisions.id, date: divisions.date })
    .from(divisions)
    .where(and(...conditions))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .all();
}

const totalsMemo = versionMemo<'all', Map<number, DivisionTotals>>({ maxEntries: 1 });

/** Every division's rebels and departures, as the divisions list counts them: judged once per data version. */
function allDivisionTotals(): Map<number, DivisionTotals> {
  return totalsMemo('all', () => {
    const all = loadJudgedDivisions();
    return summariseDivisions({ ...all, tallies: [], whips: [], divisionIds: all.divisions.map((d) => d.id), parties: listParties() });
  });
}

function readItems(ids: ReadonlyArray<number>): DivisionListItem[] {
  if (ids.length === 0) return [];
  const rows = getDb().select(listColumns).from(divisions).where(inArray(divisions.id, [...ids])).all();
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const resultsMemo = versionMemo<string, Omit<FinderResult, 'query' | 'issues' | 'party' | 'parties'>>({ maxEntries: 64 });

/**
 * The finder for a query string: its filters (bad ones reported, the rest applied), every match's count, and one page
 * of them (`page`; or every match, for the downloads, with `allRows`). Kept per data version and filters: the page,
 * its next page and its downloads share one reading.
 */
export function findDivisions(raw: RawQuery, options: { allRows?: boolean } = {}): FinderResult & { pageIssue: QueryIssue | null } {
  const { query, issues } = parseFinderQuery(raw);
  const { page: requested, issue: pageIssue } = parseFinderPage(raw);
  const parties = listParties();
  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  if (query.party && !party) issues.push({ path: 'party', message: `No party has the abbreviation “${query.party}”` });
  const key = JSON.stringify([query, party?.id ?? null, options.allRows ? 'all' : requested]);
  const found = resultsMemo(key, () => {
    let matches = matchingIds(query);
    const needTotals = query.rebels === 'yes' || query.departures === 'yes' || party !== undefined;
    const everyTotal = needTotals ? allDivisionTotals() : null;
    if (everyTotal) {
      matches = matches.filter(({ id }) => {
        const t = everyTotal.get(id);
        if (!t) return false;
        if (query.departures === 'yes' && t.departures === 0) return false;
        if (party) return t.rebelsByParty.some((p) => p.partyId === party.id);
        if (query.rebels === 'yes') return t.rebels > 0;
        return true;
      });
    }
    const total = matches.length;
    const pages = Math.max(1, Math.ceil(total / FINDER_PAGE_SIZE));
    const page = Math.min(requested, pages);
    const shown = options.allRows ? matches : matches.slice((page - 1) * FINDER_PAGE_SIZE, page * FINDER_PAGE_SIZE);
    const items = readItems(shown.map((m) => m.id));
    const totals = everyTotal ?? summariseDivisions({ divisionIds: items.map((d) => d.id), parties, ...listDivisionTotalsFacts(items) });
    return { total, page, pages, items, totals };
  });
  return { query, issues, pageIssue, party, parties, ...found };
}

/** The topics linked to at least one division, for the finder's topic filter. */
export function listTopicChoices(): { slug: string; title: string }[] {
  return getDb()
    .selectDistinct({ slug: topics.slug, title: topics.title })
    .from(topics)
    .innerJoin(topicDivisions, eq(topicDivisions.topicId, topics.id))
    .orderBy(topics.title)
    .all();
}
