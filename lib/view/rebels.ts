import { isOnPayroll, type Nation, type RebellionTally } from '@/lib/domain';
import type { StancePosition } from '@/lib/domain/types';
import type { RebelsQuery, RebelStance } from '@/lib/validation/rebels';
import { compareEnglish } from './format';
import type { PartyInfo } from './division-view';
import type { Rebellion, RebelUniverse } from './rebels-facts';

// The rebel explorer's list: the rebellions (lib/view/rebels-facts.ts) filtered, grouped by person, sorted and
// paged as the URL asks. Pure, and shared by /rebels, /rebels.csv, /rebels.json and /api/v1/rebels.

/**
 * Which divisions a list was read from, so that every page, download and API answer can say what its
 * counts and "of N whipped votes" cover: the divisions chosen, or the latest ones (between the dates, when
 * given), at most REBELS_MAX_DIVISIONS.
 */
export type RebelScope = {
  kind: 'chosen' | 'latest';
  /** The dates asked for (YYYY-MM-DD), or null. */
  from: string | null;
  to: string | null;
  /** Divisions read: the list's rebellions and tallies come from these alone. */
  read: number;
  /** Divisions that match (chosen, or on record between the dates); more than `read` when the limit cut. */
  matching: number;
  limit: number;
  /** Sitting dates of the oldest and newest division read; null when none was read. */
  earliestDate: string | null;
  latestDate: string | null;
  /**
   * When older divisions were left out, the `to` date that reads the next ones back: the date of the newest
   * one left out (so a day cut by the limit is read again whole rather than skipped); otherwise null.
   */
  earlierTo: string | null;
};

/**
 * What a rebel said on the division's topics (or on one topic), in one word for the downloads: supports wins
 * over opposes when both are on record (matchesStance lists such a person under either filter).
 */
export function stanceOf(rebellion: Pick<Rebellion, 'stances'>, topicSlug?: string): RebelStance {
  const positions = new Set<StancePosition>();
  for (const [slug, set] of rebellion.stances) if (!topicSlug || slug === topicSlug) for (const p of set) positions.add(p);
  if (positions.has('supports')) return 'supports';
  if (positions.has('opposes')) return 'opposes';
  return 'none';
}

/** What the rebel's party said on the division's topics (or on one topic), in one word, as stanceOf does for the rebel. */
export function partyLineOf(rebellion: Pick<Rebellion, 'partyLines'>, topicSlug?: string): RebelStance {
  return stanceOf({ stances: rebellion.partyLines }, topicSlug);
}

function matchesStance(stances: Rebellion['stances'], wanted: RebelStance, topicSlug?: string): boolean {
  const positions = new Set<StancePosition>();
  for (const [slug, set] of stances) if (!topicSlug || slug === topicSlug) for (const p of set) positions.add(p);
  if (wanted === 'none') return !positions.has('supports') && !positions.has('opposes');
  return positions.has(wanted);
}

/** Lower case without accents, so "sinn fein" finds "Sinn Féin". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** One rebel in the list: a person with the rebellions that match the filters. */
export type RebelRow = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  /** Party on the day of their latest matching rebellion. */
  party: PartyInfo | null;
  constituencyName: string | null;
  nation: Nation | null;
  /** The matching rebellions, newest first. */
  rebellions: Rebellion[];
  /** Over every division read (those chosen, or the latest): rebellions over whipped votes. */
  tally: RebellionTally;
};

export type RebelList = {
  rows: RebelRow[];
  /** Rebellions in the rows (a person who rebelled in two divisions counts twice). */
  rebellionCount: number;
  /** The party filter named a party we do not have (the page says so; exports answer 400). */
  unknownParty: string | null;
};

/** The rebellions that match the URL's filters (every filter but the sort), and a party it names that we do not have. */
export function filterRebellions(
  universe: RebelUniverse,
  query: RebelsQuery,
  parties: ReadonlyArray<PartyInfo>,
): { matching: Rebellion[]; unknownParty: string | null } {
  const wantedParty = query.party?.toLowerCase();
  const knownParty = wantedParty ? parties.find((p) => p.abbreviation.toLowerCase() === wantedParty) : undefined;
  const words = query.q ? foldText(query.q).split(/\s+/).filter(Boolean) : [];
  // The loader already reads only the chosen divisions; this keeps the function right for any universe.
  const divisions = new Set(query.division);

  const matching = universe.rebellions.filter((r) => {
    if (divisions.size > 0 && !divisions.has(r.division.officialId)) return false;
    if (knownParty && r.party?.id !== knownParty.id) return false;
    if (query.basis && r.whip.basis !== query.basis) return false;
    if (query.vote && r.position !== query.vote) return false;
    if (query.role === 'frontbench' && r.payroll !== 'frontbench') return false;
    if (query.role === 'pps' && r.payroll !== 'pps') return false;
    if (query.role === 'payroll' && !isOnPayroll(r.payroll)) return false;
    if (query.role === 'backbench' && r.payroll !== 'backbench') return false;
    if (query.role === 'none-recorded' && r.payroll !== 'not_recorded') return false;
    if (query.left === 'yes' && !r.leftPost) return false;
    if (query.left === 'no' && r.leftPost) return false;
    if (query.stance && !matchesStance(r.stances, query.stance, query.topic)) return false;
    if (query.party_stance && !matchesStance(r.partyLines, query.party_stance, query.topic)) return false;
    if (!query.stance && !query.party_stance && query.topic && !r.stances.has(query.topic)) return false;
    if (query.nation && r.nation !== query.nation) return false;
    if (words.length > 0) {
      const haystack = foldText([r.name, r.constituencyName, r.party?.name, r.party?.abbreviation].filter(Boolean).join(' '));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
  return { matching, unknownParty: query.party && !knownParty ? query.party : null };
}

/** Every person with a rebellion in the list: whose tallies (over all the divisions read) it shows. */
export function rebelPersonIds(rebellions: ReadonlyArray<Pick<Rebellion, 'personId'>>): number[] {
  return [...new Set(rebellions.map((r) => r.personId))];
}

/**
 * Groups the matching rebellions by person and sorts the rows as the URL asks. `tallies` are each person's
 * rebellions over whipped votes in all the divisions read (whatever the filters), the table's "of N".
 */
export function listRebels(
  filtered: { matching: ReadonlyArray<Rebellion>; unknownParty: string | null },
  tallies: ReadonlyMap<number, RebellionTally>,
  query: Pick<RebelsQuery, 'sort'>,
): RebelList {
  const { matching } = filtered;
  const byPerson = new Map<number, Rebellion[]>();
  for (const r of matching) {
    const list = byPerson.get(r.personId);
    if (list) list.push(r);
    else byPerson.set(r.personId, [r]);
  }
  const rows = [...byPerson.values()].map((list): RebelRow => {
    const sorted = [...list].sort((a, b) => b.division.date.localeCompare(a.division.date) || b.division.officialId - a.division.officialId);
    const latest = sorted[0]!;
    return {
      personId: latest.personId,
      parliamentId: latest.parliamentId,
      name: latest.name,
      sortName: latest.sortName,
      party: latest.party,
      constituencyName: latest.constituencyName,
      nation: latest.nation,
      rebellions: sorted,
      tally: tallies.get(latest.personId) ?? { rebellions: sorted.length, whippedVotes: sorted.length, absences: 0, recordedAbstentions: 0 },
    };
  });

  const byName = (a: RebelRow, b: RebelRow) => compareEnglish(a.sortName, b.sortName) || a.personId - b.personId;
  const last = '\uffff';
  switch (query.sort ?? 'name') {
    case 'name':
      rows.sort(byName);
      break;
    case 'name-desc':
      rows.sort((a, b) => byName(b, a));
      break;
    case 'party':
      rows.sort((a, b) => compareEnglish(a.party?.name ?? last, b.party?.name ?? last) || byName(a, b));
      break;
    case 'constituency':
      rows.sort((a, b) => compareEnglish(a.constituencyName ?? last, b.constituencyName ?? last) || byName(a, b));
      break;
    case 'rebellions':
      rows.sort((a, b) => b.rebellions.length - a.rebellions.length || b.tally.rebellions - a.tally.rebellions || byName(a, b));
      break;
  }

  return {
    rows,
    rebellionCount: matching.length,
    unknownParty: filtered.unknownParty,
  };
}


/** One page of the rows, for /rebels (the downloads and the API keep every row, or page with their own parameters). */
export type RebelPage = {
  rows: RebelRow[];
  /** The page shown: the one asked for, or the last when it asked beyond the end. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 when there are none). */
  first: number;
  last: number;
};

export function pageRebels(rows: ReadonlyArray<RebelRow>, requested: number, size: number): RebelPage {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pages);
  const start = (page - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page, pages, first: slice.length > 0 ? start + 1 : 0, last: start + slice.length };
}

