import { z } from 'zod';
import { NATIONS } from '@/lib/domain/nation';

// The rebel explorer's filters, as the query string carries them: shared by /rebels, /rebels.csv,
// /rebels.json and /api/v1/rebels ("same filters as the page"). Parse with parseRebelsQuery; build links
// with toRebelsSearch so that every link writes the filters in the same order.

export const REBEL_BASES = ['reported', 'inferred'] as const;
export const REBEL_VOTES = ['aye', 'no'] as const;
/** frontbench and pps are rule 5's payroll statuses on the day; payroll is either; backbench is neither. */
export const REBEL_ROLES = ['frontbench', 'pps', 'payroll', 'backbench'] as const;
export const REBEL_LEFT_POST = ['yes', 'no'] as const;
export const REBEL_STANCES = ['supports', 'opposes', 'none'] as const;
export const REBEL_SORTS = ['name', 'name-desc', 'party', 'constituency', 'rebellions'] as const;

export type RebelBasis = (typeof REBEL_BASES)[number];
export type RebelVote = (typeof REBEL_VOTES)[number];
export type RebelRole = (typeof REBEL_ROLES)[number];
export type RebelStance = (typeof REBEL_STANCES)[number];
export type RebelSort = (typeof REBEL_SORTS)[number];

const MAX_DIVISIONS = 100;

/** Empty strings (an empty select submitted without JavaScript) are "not set". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blankToUndefined(Array.isArray(v) ? v[0] : v), schema.optional());

const divisionIdSchema = z
  .string()
  .regex(/^\d{1,10}$/, 'A division is given by its Commons Votes number, e.g. 1666')
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647));

/** Each filter on its own, so one bad value can be reported (and, on the page, ignored) without losing the rest. */
export const rebelsQueryFields = {
  /** Commons Votes division ids; several allowed (?division=1666&division=1667); none means all divisions. */
  division: z.preprocess(
    (v) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v])
        .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
        .map(blankToUndefined)
        .filter((s) => s !== undefined),
    z.array(divisionIdSchema).max(MAX_DIVISIONS, `Choose at most ${MAX_DIVISIONS} divisions`),
  ),
  /** A party abbreviation (Lab, Con, SNP…), party on the day. */
  party: single(z.string().max(30).regex(/^[\p{L}\p{N} .&'-]+$/u, 'A party is given by its abbreviation, e.g. Lab')),
  basis: single(z.enum(REBEL_BASES, 'Whip basis must be reported or inferred')),
  vote: single(z.enum(REBEL_VOTES, 'Vote must be aye or no')),
  role: single(z.enum(REBEL_ROLES, 'Role must be frontbench, pps, payroll or backbench')),
  left: single(z.enum(REBEL_LEFT_POST, 'Left a post must be yes or no')),
  stance: single(z.enum(REBEL_STANCES, 'Stance must be supports, opposes or none')),
  topic: single(z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A topic is given by its slug')),
  nation: single(z.enum(NATIONS, 'Nation must be england, scotland, wales or northern-ireland')),
  q: single(z.string().max(100, 'Search for 100 characters or fewer')),
  sort: single(z.enum(REBEL_SORTS, 'Sort must be name, name-desc, party, constituency or rebellions')),
};

export const rebelsQuerySchema = z.object(rebelsQueryFields);
export type RebelsQuery = z.output<typeof rebelsQuerySchema>;

export type QueryIssue = { path: string; message: string };

type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(raw: RawQuery): Record<string, string | string[] | undefined> {
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
  return { query: query as RebelsQuery, issues };
}

/** The filters as a query string ("?division=1666&party=Lab&role=frontbench"), in a fixed order; "" when none. */
export function toRebelsSearch(query: Partial<RebelsQuery>): string {
  const search = new URLSearchParams();
  for (const id of [...new Set(query.division ?? [])].sort((a, b) => a - b)) search.append('division', String(id));
  for (const key of ['party', 'basis', 'vote', 'role', 'left', 'stance', 'topic', 'nation', 'q', 'sort'] as const) {
    const value = query[key];
    if (value && !(key === 'sort' && value === 'name')) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
