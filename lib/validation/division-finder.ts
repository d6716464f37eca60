import { z } from 'zod';
import { parseRebelsPage, single, toRecord, type QueryIssue, type RawQuery } from './rebels';

// The division finder's filters (/divisions, /divisions.csv, /divisions.json), as the query string carries them.
// Parse with parseFinderQuery (each filter on its own: one bad value is reported beside its field and left out,
// the rest still apply); write links with toFinderSearch so that every link puts the filters in the same order.

export const FINDER_RESULTS = ['ayes', 'noes'] as const;
export const FINDER_FLAGS = ['yes'] as const;

/** Divisions a page of /divisions lists; the downloads hold every match. */
export const FINDER_PAGE_SIZE = 25;

export const finderQueryFields = {
  q: single(z.string().max(100, 'Use 100 characters or fewer')).describe('Words of the title (official or short), every one of them.'),
  from: single(z.iso.date('The start date must be a real date, like 2023-11-15')).describe('Held on or after this date (YYYY-MM-DD).'),
  to: single(z.iso.date('The end date must be a real date, like 2023-11-15')).describe('Held on or before this date (YYYY-MM-DD).'),
  topic: single(z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A topic is given by its slug')).describe('Linked to this topic (by slug).'),
  result: single(z.enum(FINDER_RESULTS, 'The result must be ayes or noes')).describe('ayes: more ayes than noes; noes: more noes than ayes.'),
  rebels: single(z.enum(FINDER_FLAGS, 'Rebels is yes or left out')).describe('yes: at least one MP voted against their whip.'),
  party: single(z.string().max(20).regex(/^[A-Za-z0-9&' .()-]+$/, 'A party is given by its abbreviation, e.g. Lab')).describe(
    'With rebels, or alone: at least one MP of this party (by abbreviation) voted against its whip.',
  ),
  departures: single(z.enum(FINDER_FLAGS, 'Departures is yes or left out')).describe('yes: at least one MP left a post over it.'),
};

export type FinderQuery = {
  q?: string;
  from?: string;
  to?: string;
  topic?: string;
  result?: (typeof FINDER_RESULTS)[number];
  rebels?: 'yes';
  party?: string;
  departures?: 'yes';
};

/** The filters field by field: the valid ones in `query`, one issue per invalid one (left out of `query`). */
export function parseFinderQuery(raw: RawQuery): { query: FinderQuery; issues: QueryIssue[] } {
  const record = toRecord(raw);
  const query: Record<string, unknown> = {};
  const issues: QueryIssue[] = [];
  for (const [name, schema] of Object.entries(finderQueryFields)) {
    const result = (schema as z.ZodType).safeParse(record[name]);
    if (result.success) {
      if (result.data !== undefined) query[name] = result.data;
    } else issues.push({ path: name, message: result.error.issues[0]?.message ?? 'Invalid value' });
  }
  if (typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to) {
    issues.push({ path: 'to', message: 'The end date must be on or after the start date' });
    delete query.to;
  }
  return { query: query as FinderQuery, issues };
}

/** The page of the finder's list (?page=2), as the explorer reads its own. */
export const parseFinderPage = parseRebelsPage;

/** Whether any filter is set. */
export const isFiltered = (query: FinderQuery) => Object.values(query).some((v) => v !== undefined);

/** The filters as a query string, in a fixed order, without empty ones; `page` last and only from page 2. */
export function toFinderSearch(query: FinderQuery, page = 1): string {
  const search = new URLSearchParams();
  for (const key of ['q', 'from', 'to', 'topic', 'result', 'rebels', 'party', 'departures'] as const) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
