import { safeFilename } from './response';

// The names of the downloads (CSV and JSON): one place, so that every file says what it holds in the same words.
// A name is the kind of file, then each filter that chose its rows, in the order the page's form shows them:
// "division-1666-votes-labour-aye.csv", "rebels-division-1666-labour-frontbench.csv",
// "divisions-2023-11-01-to-2023-11-30-topic-gaza.csv". The order of the rows (sort) is not a filter and is left
// out: the same rows, sorted otherwise, are the same file. Pure: the route handlers resolve names (a party's from
// its abbreviation) and pass them in.

export type DownloadFormat = 'csv' | 'json';

/** Longest name before the extension: a query string can hold a hundred division numbers. */
const MAX_NAME = 180;
/** Divisions named one by one; more are counted ("rebels-12-divisions"). */
const MAX_LISTED_DIVISIONS = 5;

type Part = string | number | false | null | undefined;

/** The parts joined into a safe name (lower case, hyphens), cut at a hyphen when long, with the extension. */
export function downloadFilename(parts: ReadonlyArray<Part>, format: DownloadFormat): string {
  let name = safeFilename(parts.filter((p) => p !== false && p !== null && p !== undefined && p !== '').join('-'));
  if (name.length > MAX_NAME) name = name.slice(0, MAX_NAME).replace(/-[^-]*$/, '');
  return `${name}.${format}`;
}

/** A date range as it reads: "2023-11-01-to-2023-11-30", "from-2023-11-01", "to-2023-11-30". */
export function dateRangePart(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${from}-to-${to}`;
  if (from) return `from-${from}`;
  if (to) return `to-${to}`;
  return null;
}

/** Words someone typed, kept short. */
const words = (q: string | undefined, prefix?: string) => {
  const text = q?.trim().slice(0, 40);
  return text ? (prefix ? `${prefix}-${text}` : text) : null;
};

const MEMBER_VOTES = { aye: 'aye', no: 'no', both: 'both-lobbies', absent: 'did-not-vote', rebels: 'rebels' } as const;

/** /divisions/1666/votes.csv?party=Lab&vote=aye → "division-1666-votes-labour-aye.csv". */
export function divisionVotesFilename(
  division: { officialId: number },
  filters: { partyName?: string; vote?: keyof typeof MEMBER_VOTES },
  format: DownloadFormat,
): string {
  return downloadFilename(['division', division.officialId, 'votes', filters.partyName, filters.vote && MEMBER_VOTES[filters.vote]], format);
}

/** /divisions.csv: the finder's filters ("divisions-2023-11-01-to-2023-11-30-topic-gaza.csv"). */
export function divisionListFilename(
  query: { q?: string; from?: string; to?: string; topic?: string; result?: 'ayes' | 'noes'; rebels?: 'yes'; departures?: 'yes' },
  partyName: string | undefined,
  format: DownloadFormat,
): string {
  return downloadFilename(
    [
      'divisions',
      dateRangePart(query.from, query.to),
      query.topic && `topic-${query.topic}`,
      words(query.q, 'titled'),
      query.result && `won-by-${query.result}`,
      partyName ? `${partyName}-rebels` : query.rebels === 'yes' && 'with-rebels',
      query.departures === 'yes' && 'with-departures',
    ],
    format,
  );
}

const REBEL_ROLES = {
  frontbench: 'frontbench',
  pps: 'pps',
  payroll: 'frontbench-or-pps',
  backbench: 'backbench',
  'none-recorded': 'no-post-recorded',
} as const;
const STANCES = { supports: 'said-supports', opposes: 'said-opposes', none: 'no-stance' } as const;
const PARTY_LINES = { supports: 'party-supports', opposes: 'party-opposes', none: 'no-party-line' } as const;

/** /rebels.csv: the divisions read, then the explorer's filters ("rebels-division-1666-labour-frontbench.csv"). */
export function rebelsFilename(
  query: {
    division: ReadonlyArray<number>;
    from?: string;
    to?: string;
    basis?: 'reported' | 'inferred';
    vote?: 'aye' | 'no';
    role?: keyof typeof REBEL_ROLES;
    left?: 'yes' | 'no';
    stance?: keyof typeof STANCES;
    party_stance?: keyof typeof PARTY_LINES;
    topic?: string;
    nation?: string;
    q?: string;
  },
  context: {
    partyName?: string;
    /** Divisions read when none was chosen and more matched than the explorer reads: "latest-100-divisions". */
    latestRead?: number;
  },
  format: DownloadFormat,
): string {
  const chosen = [...query.division].sort((a, b) => a - b);
  const divisions =
    chosen.length === 0 ? null : chosen.length <= MAX_LISTED_DIVISIONS ? `division-${chosen.join('-')}` : `${chosen.length}-divisions`;
  return downloadFilename(
    [
      'rebels',
      divisions,
      context.latestRead !== undefined && `latest-${context.latestRead}-divisions`,
      dateRangePart(query.from, query.to),
      context.partyName,
      query.basis && `${query.basis}-whip`,
      query.vote && `voted-${query.vote}`,
      query.role && REBEL_ROLES[query.role],
      query.left === 'yes' ? 'left-post' : query.left === 'no' && 'kept-post',
      query.stance && STANCES[query.stance],
      query.party_stance && PARTY_LINES[query.party_stance],
      query.topic && `topic-${query.topic}`,
      query.nation,
      words(query.q, 'matching'),
    ],
    format,
  );
}

/** /mps/export.csv?party=Lab&q=leeds → "mps-labour-matching-leeds.csv". */
export function memberListFilename(filters: { partyName?: string; q?: string }, format: DownloadFormat): string {
  return downloadFilename(['mps', filters.partyName, words(filters.q, 'matching')], format);
}
