import { NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';
import { formatDate, plural } from './format';
import type { RebelScope } from './rebels';

// The explorer's filters and the divisions it read, in words: for the count line, the table's caption, the
// scope line above the list, and the `scope.description` of the JSON download and the API.

const ROLE_WORDS = {
  frontbench: 'frontbench on the day',
  pps: 'PPS on the day',
  payroll: 'frontbench or PPS on the day',
  backbench: 'backbench on the day',
  'none-recorded': 'no post recorded on the day',
} as const;
const STANCE_WORDS = { supports: 'said they support', opposes: 'said they oppose', none: 'no stance on record' } as const;
const PARTY_LINE_WORDS = { supports: 'their party said it supports', opposes: 'their party said it opposes', none: 'no party line on record' } as const;

export function describeRebelFilters(query: RebelsQuery, partyName: string | undefined): string {
  const divisions = [...query.division].sort((a, b) => a - b);
  return [
    partyName,
    divisions.length === 1 ? `division ${divisions[0]}` : divisions.length > 1 ? `divisions ${divisions.join(', ')}` : undefined,
    describeDates(query.from ?? null, query.to ?? null),
    query.basis ? `${query.basis} whip` : undefined,
    query.vote ? (query.vote === 'aye' ? 'voted for' : 'voted against') : undefined,
    query.role ? ROLE_WORDS[query.role] : undefined,
    query.left ? (query.left === 'yes' ? 'left a post over it' : 'kept their posts') : undefined,
    query.stance ? STANCE_WORDS[query.stance] : undefined,
    query.party_stance ? PARTY_LINE_WORDS[query.party_stance] : undefined,
    query.nation ? NATION_NAMES[query.nation] : undefined,
    query.q ? `matching “${query.q}”` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** "from 1 Jan 2020 to 31 Mar 2020", "on or after 1 Jan 2020", "on 15 Nov 2023"; "" with neither date. */
function describeDates(from: string | null, to: string | null): string {
  if (from && to) return from === to ? `on ${formatDate(from)}` : `from ${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `on or after ${formatDate(from)}`;
  if (to) return `on or before ${formatDate(to)}`;
  return '';
}

/** "15 Nov 2023" or "3 Jan 2024 to 23 May 2024": the sitting dates of the divisions read. */
function describeSpan(scope: RebelScope): string {
  if (!scope.earliestDate || !scope.latestDate) return '';
  return scope.earliestDate === scope.latestDate
    ? formatDate(scope.earliestDate)
    : `${formatDate(scope.earliestDate)} to ${formatDate(scope.latestDate)}`;
}

/**
 * Which divisions the list covers, in one sentence: "Rebellions in the latest 100 divisions (23 Feb 2024 to
 * 23 May 2024), of 6,000 on record." Every count on the page, and every "of N whipped votes", is over these.
 */
export function describeRebelScope(scope: RebelScope): string {
  const span = describeSpan(scope);
  const dates = describeDates(scope.from, scope.to);
  if (scope.kind === 'chosen') {
    if (scope.read === 0) return 'None of the divisions chosen could be read.';
    return `Rebellions in the ${scope.read === 1 ? 'division' : `${scope.read} divisions`} chosen (${span}).`;
  }
  if (scope.read === 0) return dates ? `No divisions on record ${dates}.` : 'No divisions on record.';
  const divisionsWord = scope.read === 1 ? 'one division' : `${scope.read.toLocaleString('en-GB')} divisions`;
  if (scope.matching <= scope.read) {
    if (dates) return `Rebellions in the ${divisionsWord} on record ${dates}.`;
    return `Rebellions in ${scope.read === 1 ? 'the only division' : `all ${divisionsWord}`} on record (${span}).`;
  }
  return dates
    ? `Rebellions in the latest ${divisionsWord} of the ${plural(scope.matching, 'division')} ${dates} (${span}).`
    : `Rebellions in the latest ${divisionsWord} (${span}), of ${scope.matching.toLocaleString('en-GB')} on record.`;
}

/** What to do to see divisions the limit left out; null when nothing was left out. */
export function describeRebelScopeLimit(scope: RebelScope): string | null {
  if (scope.matching <= scope.read) return null;
  return `A list covers at most ${scope.limit} divisions: choose divisions by number, or give dates, to look further back.`;
}
