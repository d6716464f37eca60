import { z } from 'zod';
import { NATIONS } from '@/lib/domain/nation';

// The rebel explorer's filters, as the query string carries them: shared by /rebels, /rebels.csv,
// /rebels.json and /api/v1/rebels ("same filters as the page"). Parse with parseRebelsQuery; build links
// with toRebelsSearch so that every link writes the filters in the same order.

export const REBEL_BASES = ['reported', 'inferred'] as const;
export const REBEL_VOTES = ['aye', 'no'] as const;
/**
 * Rule 5 on the day: frontbench and pps; payroll is either; backbench is neither, for members whose posts are
 * known; none-recorded is neither for members whose posts are not known (so not known to be backbenchers).
 */
export const REBEL_ROLES = ['frontbench', 'pps', 'payroll', 'backbench', 'none-recorded'] as const;
export const REBEL_LEFT_POST = ['yes', 'no'] as const;
export const REBEL_STANCES = ['supports', 'opposes', 'none'] as const;
export const REBEL_SORTS = ['name', 'name-desc', 'party', 'constituency', 'rebellions'] as const;

export type RebelBasis = (typeof REBEL_BASES)[number];
export type RebelVote = (typeof REBEL_VOTES)[number];
export type RebelRole = (typeof REBEL_ROLES)[number];
export type RebelStance = (typeof REBEL_STANCES)[number];
export type RebelSort = (typeof REBEL_SORTS)[number];

/**
 * The most divisions the explorer reads for one list: at most this many may be chosen, and with none chosen
 * it reads the latest this many (between the dates, when dates are given). It keeps every list, page and
 * download a bounded read (about 65,000 votes) however long the record grows.
 */
export const REBELS_MAX_DIVISIONS = 100;
/**
 * Rebels a page of /rebels shows; the downloads and the API's own paging are not cut by it. A row carries
 * every matching rebellion of its member, so 50 rows keep a page near 200 KB.
 */
export const REBELS_PAGE_SIZE = 50;

/** Empty strings (an empty select submitted without JavaScript) are "not set". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
export const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blankToUndefined(Array.isArray(v) ? v[0] : v), schema.optional());

const divisionIdSchema = z
  .string()
  .regex(/^\d{1,10}$/, 'A division is given by its Commons Votes number, e.g. 1666')
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647));

/** Each filter on its own, so one bad value can be reported (and, on the page, ignored) without losing the rest. */
export const rebelsQueryFields = {
  division: z
    .preprocess(
      (v) =>
        (v === undefined ? [] : Array.isArray(v) ? v : [v])
          .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
          .map(blankToUndefined)
          .filter((s) => s !== undefined),
      z.array(divisionIdSchema).max(REBELS_MAX_DIVISIONS, `Choose at most ${REBELS_MAX_DIVISIONS} divisions`),
    )
    .describe(
      `Commons Votes division ids, repeated or comma-separated (division=1666&division=1667), at most ${REBELS_MAX_DIVISIONS}. ` +
        `None: the latest ${REBELS_MAX_DIVISIONS} divisions (between from and to, when given).`,
    ),
  from: single(z.iso.date('The start date must be a real date, like 2023-11-15')).describe('Only divisions held on or after this date (YYYY-MM-DD).'),
  to: single(z.iso.date('The end date must be a real date, like 2023-11-15')).describe('Only divisions held on or before this date (YYYY-MM-DD).'),
  party: single(z.string().max(30).regex(/^[\p{L}\p{N} .&'-]+$/u, 'A party is given by its abbreviation, e.g. Lab')).describe(
    'Party on the day, by abbreviation (Lab, Con, SNP…).',
  ),
  basis: single(z.enum(REBEL_BASES, 'Whip basis must be reported or inferred')).describe('Only rebellions against a reported or an inferred whip.'),
  vote: single(z.enum(REBEL_VOTES, 'Vote must be aye or no')).describe('Only rebels who voted this way.'),
  role: single(z.enum(REBEL_ROLES, 'Role must be frontbench, pps, payroll, backbench or none-recorded')).describe(
    'On the day: frontbench, pps (parliamentary private secretary), payroll (either), backbench (neither, with the ' +
      'member’s posts known) or none-recorded (no post recorded and their posts not known: not called backbench).',
  ),
  left: single(z.enum(REBEL_LEFT_POST, 'Left a post must be yes or no')).describe('yes: only those who left a post over the division; no: the others.'),
  stance: single(z.enum(REBEL_STANCES, 'Stance must be supports, opposes or none')).describe('What the rebel said on the division’s topics (or on `topic`).'),
  party_stance: single(z.enum(REBEL_STANCES, 'Party line must be supports, opposes or none')).describe(
    'What the rebel’s party (on the day) said on the division’s topics (or on `topic`): its party line.',
  ),
  topic: single(z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A topic is given by its slug')).describe('A topic linked to the divisions, by slug.'),
  nation: single(z.enum(NATIONS, 'Nation must be england, scotland, wales or northern-ireland')).describe('The nation of the seat on the day.'),
  q: single(z.string().max(100, 'Search for 100 characters or fewer')).describe('Words in the name, seat or party.'),
  sort: single(z.enum(REBEL_SORTS, 'Sort must be name, name-desc, party, constituency or rebellions')).describe('Order of the rows (default name).'),
};

export const rebelsQuerySchema = z.object(rebelsQueryFields);
export type RebelsQuery = z.output<typeof rebelsQuerySchema>;

export type QueryIssue = { path: string; message: string };

export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

export function toRecord(raw: RawQuery): Record<string, string | string[] | undefined> {
  if (!(raw instanceof URLSearchParams)) return raw;
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(raw.keys())) {
    const all = raw.getAll(key);
    record[key] = all.length === 1 ? all[0]! : all;
  }
  return record;
}

/**
 * Reads the filters field by field: the valid ones in `query`, one issue per invalid one (which is left
 * out of `query`). Pages show the issues and the rest of the list; exports and the API answer 400.
 */
export function parseRebelsQuery(raw: RawQuery): { query: RebelsQuery; issues: QueryIssue[] } {
  const record = toRecord(raw);
  const query: Record<string, unknown> = {};
  const issues: QueryIssue[] = [];
  for (const [name, schema] of Object.entries(rebelsQueryFields)) {
    const result = (schema as z.ZodType).safeParse(record[name]);
    if (result.success) query[name] = result.data;
    else issues.push({ path: name, message: result.error.issues[0]?.message ?? 'Invalid value' });
  }
  if (!Array.isArray(query.division)) query.division = [];
  if (typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to) {
    issues.push({ path: 'to', message: 'The end date must be on or after the start date' });
    delete query.to;
  }
  return { query: query as RebelsQuery, issues };
}

/**
 * The page of the list /rebels shows (?page=2): 1 when absent. A value that is not a page number is an issue
 * and page 1 is shown. The downloads and the API ignore it (the API has its own page and per_page).
 */
export function parseRebelsPage(raw: RawQuery): { page: number; issue: QueryIssue | null } {
  const value = toRecord(raw).page;
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return { page: 1, issue: null };
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1) return { page: 1, issue: { path: 'page', message: 'A page is given by its number, e.g. 2' } };
  return { page: Number(text), issue: null };
}

/**
 * The filters as a query string ("?division=1666&party=Lab&role=frontbench"), in a fixed order; "" when none.
 * `page` (the page's own paging) is written last, and only from page 2.
 */
export function toRebelsSearch(query: Partial<RebelsQuery>, page = 1): string {
  const search = new URLSearchParams();
  for (const id of [...new Set(query.division ?? [])].sort((a, b) => a - b)) search.append('division', String(id));
  for (const key of ['from', 'to', 'party', 'basis', 'vote', 'role', 'left', 'stance', 'party_stance', 'topic', 'nation', 'q', 'sort'] as const) {
    const value = query[key];
    if (value && !(key === 'sort' && value === 'name')) search.set(key, value);
  }
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
