import 'server-only';
import { desc, eq, inArray, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons, topics } from '@/db/schema';
import { parseDivisionNumber, parseSearchDate, queryWords, searchWords } from '@/lib/search/words';
import { looksLikePostcode } from '@/lib/postcode/validate';
import { searchMembers, type MemberListItem } from './members';
import { searchIndex, type SearchHit } from './search';

// What the site's search box finds (/search): MPs (by name, earlier name, seat, or name and seat together), seats,
// divisions (by title words, official number or date) and topics, each section ranked as db/queries/search.ts
// ranks, and where the query names exactly one thing, that thing.

export type DivisionHit = {
  officialId: number;
  date: string;
  title: string;
  ayeCount: number;
  noCount: number;
  /** Why it was found: its number, its date, or words of its title. */
  by: 'number' | 'date' | 'title';
};

export type SeatHit = { name: string };
export type TopicHit = { slug: string; title: string };

export type SiteSearchResult = {
  query: string;
  /** A postcode: the MPs page looks it up (it asks an outside service). */
  postcode: boolean;
  people: MemberListItem[];
  seats: SeatHit[];
  divisions: DivisionHit[];
  topics: TopicHit[];
  /** The one page the query names exactly, to go straight to; null when it names none or several. */
  exactHref: string | null;
};

/** How many of each kind a results page lists. */
export const SECTION_LIMITS = { people: 20, seats: 10, divisions: 20, topics: 10 } as const;

const sameWords = (hit: SearchHit, words: ReadonlyArray<string>) => searchWords(hit.text).join(' ') === words.join(' ');

/** Divisions matching `where`, latest first, with the id the index knows them by. */
function divisionRows(where: SQL, by: DivisionHit['by'], limit: number): (DivisionHit & { id: number })[] {
  return getDb()
    .select({
      id: divisions.id,
      officialId: divisions.officialId,
      date: divisions.date,
      officialTitle: divisions.officialTitle,
      shortTitle: divisions.shortTitle,
      ayeCount: divisions.ayeCount,
      noCount: divisions.noCount,
    })
    .from(divisions)
    .where(where)
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(limit)
    .all()
    .flatMap((d) =>
      d.officialId === null
        ? []
        : [{ id: d.id, officialId: d.officialId, date: d.date, title: d.shortTitle ?? d.officialTitle, ayeCount: d.ayeCount, noCount: d.noCount, by }],
    );
}

/** Hits' rows in the hits' order (best first). */
function inHitOrder<T extends { id: number }>(rows: T[], hits: ReadonlyArray<SearchHit>): T[] {
  const order = new Map(hits.map((h, i) => [h.refId, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function withoutId<T extends { id: number }>(row: T): Omit<T, 'id'> {
  const rest: Partial<T> = { ...row };
  delete rest.id;
  return rest as Omit<T, 'id'>;
}

export function siteSearch(rawQuery: string): SiteSearchResult {
  const query = rawQuery.trim().slice(0, 100);
  const empty: SiteSearchResult = { query, postcode: false, people: [], seats: [], divisions: [], topics: [], exactHref: null };
  if (!query) return empty;
  if (looksLikePostcode(query)) return { ...empty, postcode: true };
  const words = queryWords(query);

  // A division's number or a date: those divisions. Otherwise words, in every section.
  const number = parseDivisionNumber(query);
  const date = parseSearchDate(query);
  const byWords = number === null && !date;
  const byNumber = number !== null ? divisionRows(eq(divisions.officialId, number), 'number', 1) : [];
  const byDate = date ? divisionRows(eq(divisions.date, date), 'date', SECTION_LIMITS.divisions) : [];
  const titleHits = byWords ? searchIndex(query, { kinds: ['division'] }).slice(0, SECTION_LIMITS.divisions) : [];
  const byTitle = titleHits.length ? inHitOrder(divisionRows(inArray(divisions.id, titleHits.map((h) => h.refId)), 'title', SECTION_LIMITS.divisions), titleHits) : [];

  // Names and seats in one reading of the index, shared by the MPs (by name or seat), the seats and the exact match.
  const nameHits = byWords ? searchIndex(query, { kinds: ['person', 'constituency'] }) : [];
  const people = byWords ? searchMembers({ query, hits: nameHits }).slice(0, SECTION_LIMITS.people) : [];
  const seatHits = nameHits.filter((h) => h.kind === 'constituency');
  const seats = [...new Set(seatHits.map((h) => h.text))].slice(0, SECTION_LIMITS.seats).map((name) => ({ name }));
  const topicHits = byWords ? searchIndex(query, { kinds: ['topic'] }).slice(0, SECTION_LIMITS.topics) : [];
  const topicRows = topicHits.length
    ? getDb().select({ id: topics.id, slug: topics.slug, title: topics.title }).from(topics).where(inArray(topics.id, topicHits.map((h) => h.refId))).all()
    : [];

  return {
    query,
    postcode: false,
    people,
    seats,
    divisions: [...byNumber, ...byDate, ...byTitle].map(withoutId),
    topics: inHitOrder(topicRows, topicHits).map(withoutId),
    exactHref: exactTarget({ words, byNumber, byDate, nameHits }),
  };
}

/**
 * The page a query names exactly, when it names one thing only: a division by its number, the one division of a day,
 * an MP by their whole name (honorifics aside) or a seat by its whole name (its MPs). Otherwise null.
 */
function exactTarget(found: { words: ReadonlyArray<string>; byNumber: DivisionHit[]; byDate: DivisionHit[]; nameHits: SearchHit[] }): string | null {
  if (found.byNumber[0]) return `/divisions/${found.byNumber[0].officialId}`;
  if (found.byDate.length === 1) return `/divisions/${found.byDate[0]!.officialId}`;
  if (found.byDate.length > 1) return null;
  const targets = new Set<string>();
  const exact = found.nameHits.filter((h) => sameWords(h, found.words));
  const personHits = exact.filter((h) => h.kind === 'person');
  if (personHits.length > 0) {
    const ids = [...new Set(personHits.map((h) => h.refId))];
    const rows = getDb().select({ parliamentId: persons.parliamentId, slug: persons.slug }).from(persons).where(inArray(persons.id, ids)).all();
    for (const row of rows) targets.add(row.parliamentId !== null ? `/mps/${row.parliamentId}` : `/mps/${row.slug}`);
  }
  for (const seat of new Set(exact.filter((h) => h.kind === 'constituency').map((h) => h.text))) {
    targets.add(`/mps?q=${encodeURIComponent(seat)}`);
  }
  return targets.size === 1 ? [...targets][0]! : null;
}
