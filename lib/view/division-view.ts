import {
  analyseDivision,
  compareCounts,
  countNamesRecorded,
  leftOverDivision,
  payrollStatusOnDate,
  stanceTiming,
  tallyMembers,
  type CountCheck,
  type PartyTally,
  type PayrollStatus,
  type PostFacts,
  type RecordedWhip,
  type StanceTiming,
  type WhipGuess,
  type WhipUsed,
  type WhipVerdict,
} from '@/lib/domain';
import type { PartyKind, PostsKnownBasis, VotePosition } from '@/lib/domain/types';
import type { Source } from '@/db/schema/columns';
import { compareEnglish } from './format';
import { groupBy } from './group-by';
import { pageOfList } from './paging';

// Joins one division's query results with the rules of lib/domain into what its page shows. Pure: takes
// plain rows, returns plain values; the rules decide, this only arranges.

export type PartyInfo = { id: number; name: string; abbreviation: string; colour: string | null; kind: PartyKind };

export type MemberInput = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
  partyId: number | null;
  constituencyName: string | null;
  /** Whether the member's posts are known (rule 5's "backbench" needs it). */
  postsKnown: PostsKnownBasis | null;
  postsKnownOn: string | null;
};

export type WhipInput = RecordedWhip & { partyId: number; note: string | null; sources: Source[] };
export type PostInput = PostFacts & { personId: number };
export type DepartureInput = PostFacts & {
  postId: number;
  personId: number;
  parliamentId: number | null;
  name: string;
  title: string;
  endReasonNote: string | null;
  note: string | null;
  sources: Source[];
};
export type StanceInput = {
  stanceId: number;
  personId: number | null;
  partyId: number | null;
  quote: string | null;
  label: string;
  statedOn: string | null;
  said: StanceTiming;
  sourceUrl: string;
  confidence: 'high' | 'medium' | 'low';
  note: string | null;
};

export type MemberView = MemberInput & {
  party: PartyInfo | null;
  /** The Speaker or a Deputy Speaker: in the Chair, who does not vote (never an abstainer, never a party). */
  inChair: boolean;
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
  payroll: PayrollStatus;
};

export type PartyRow = {
  party: PartyInfo;
  tally: PartyTally;
  members: number;
  /** Members seated that day (rule 4's denominator): the record's list, or more by membership. */
  seated: number;
  whip: WhipUsed | null;
  /** Rule 4's guess and why (the reason when no whip is known). */
  guess: WhipGuess;
  whipNote: string | null;
  whipSources: Source[];
  rebels: number;
  rebelsAgainstMajority: number;
};

/** One lobby's figures, and how the official count and the party figures meet. */
export type LobbyCount = {
  /** The tellers' official count: names in the lobby, tellers left out. */
  official: number;
  /** Names the record lists in the lobby (tellers left out; members in both lobbies included). */
  namesRecorded: number;
  /** Tellers for the lobby: counted with their party in the party figures, not in the official count. */
  tellers: number;
  /** Members listed in both lobbies: in the official count of each, shown as "both" in the party figures. */
  both: number;
  /** The party figures' total for the lobby: names recorded + tellers − both. */
  partyTotal: number;
};

export type RebelGroup = { party: PartyInfo | null; members: MemberView[] };
export type DepartureView<D extends DepartureInput = DepartureInput, S extends StanceInput = StanceInput> = D & {
  /** What they said on the division's topics, each with when relative to the vote. */
  words: (S & { timing: StanceTiming })[];
  vote: MemberView | null;
};

export type DivisionView<D extends DepartureInput, S extends StanceInput> = {
  countCheck: CountCheck;
  /** Each lobby's official count beside the party figures, so that every total on the page says how it meets. */
  lobbies: { aye: LobbyCount; no: LobbyCount };
  members: MemberView[];
  /** The parties (never the Chair), largest first. */
  partyRows: PartyRow[];
  /** The Speaker and Deputy Speakers on the day. */
  chair: MemberView[];
  rebelGroups: RebelGroup[];
  rebelsTotal: number;
  departures: DepartureView<D, S>[];
  /** Party lines: what parties (not people) said on the division's topics, with the party. */
  partyLines: (S & { party: PartyInfo | null })[];
  /** Members whose posts are not known for the day (no post recorded is not "backbench" for them). */
  postsUnknown: number;
};

export function buildDivisionView<D extends DepartureInput, S extends StanceInput>(input: {
  division: { id: number; date: string; ayeCount: number; noCount: number };
  members: ReadonlyArray<MemberInput>;
  parties: ReadonlyArray<PartyInfo>;
  whips: ReadonlyArray<WhipInput>;
  posts: ReadonlyArray<PostInput>;
  departures: ReadonlyArray<D>;
  stances: ReadonlyArray<S>;
  /** Each party's members seated that day by membership (db/queries/seated.ts), where known. */
  seatedByParty?: ReadonlyMap<number, number>;
}): DivisionView<D, S> {
  const { division } = input;
  const partyById = new Map(input.parties.map((p) => [p.id, p]));
  const whipByParty = new Map(input.whips.map((w) => [w.partyId, w]));
  const analysis = analyseDivision(input.members, input.parties, whipByParty, input.seatedByParty);

  const postsByPerson = groupBy(input.posts, (p) => p.personId);
  const members = input.members.map((m, i): MemberView => {
    const assessed = analysis.votes[i]!;
    const party = m.partyId === null ? null : (partyById.get(m.partyId) ?? null);
    // Object.assign rather than a spread: several times faster on query rows, and a division has 650.
    return Object.assign({}, m, {
      party,
      inChair: party?.kind === 'speaker',
      whip: assessed.assessment.whip,
      verdict: assessed.assessment.verdict,
      payroll: payrollStatusOnDate(postsByPerson.get(m.personId) ?? [], division.date, m),
    });
  });

  const partyRows: PartyRow[] = [];
  for (const result of analysis.parties.values()) {
    const party = partyById.get(result.partyId);
    if (!party || party.kind === 'speaker') continue;
    const recorded = whipByParty.get(result.partyId);
    partyRows.push({
      party,
      tally: result.tally,
      members: tallyMembers(result.tally),
      seated: result.seated,
      whip: result.whip,
      guess: result.guess,
      whipNote: recorded?.note ?? null,
      whipSources: recorded?.sources ?? [],
      rebels: result.rebels,
      rebelsAgainstMajority: result.rebelsAgainstMajority,
    });
  }
  partyRows.sort((a, b) => b.members - a.members || a.party.name.localeCompare(b.party.name));

  const rebels = members.filter((m) => m.verdict === 'rebelled');
  const rebelsByParty = groupBy(rebels, (m) => m.partyId);
  const rebelGroups = [...rebelsByParty.values()]
    .map((group): RebelGroup => ({ party: group[0]!.party, members: group }))
    .sort((a, b) => b.members.length - a.members.length || (a.party?.name ?? '').localeCompare(b.party?.name ?? ''));

  const memberByPerson = new Map(members.map((m) => [m.personId, m]));
  const stancesByPerson = groupBy(
    input.stances.filter((s) => s.personId !== null),
    (s) => s.personId!,
  );
  const departures = input.departures
    .filter((post) => leftOverDivision(post, division.id))
    .map((post) => ({
      ...post,
      words: (stancesByPerson.get(post.personId) ?? []).filter((s) => s.quote).map((s) => ({ ...s, timing: stanceTiming(s, division.date) })),
      vote: memberByPerson.get(post.personId) ?? null,
    }));

  const countCheck = compareCounts({ ayes: division.ayeCount, noes: division.noCount }, countNamesRecorded(input.members));
  const lobby = (side: 'aye' | 'no'): LobbyCount => {
    const tellers = input.members.filter((m) => m.isTeller && m.position === side).length;
    const both = input.members.filter((m) => m.position === 'both').length;
    const namesRecorded = side === 'aye' ? countCheck.recorded.ayes : countCheck.recorded.noes;
    return {
      official: side === 'aye' ? division.ayeCount : division.noCount,
      namesRecorded,
      tellers,
      both,
      partyTotal: input.members.filter((m) => m.position === side).length,
    };
  };

  return {
    countCheck,
    lobbies: { aye: lobby('aye'), no: lobby('no') },
    members,
    partyRows,
    chair: members.filter((m) => m.inChair),
    rebelGroups,
    rebelsTotal: rebels.length,
    departures,
    partyLines: input.stances
      .filter((s) => s.personId === null && s.partyId !== null)
      .map((s) => ({ ...s, party: partyById.get(s.partyId!) ?? null })),
    postsUnknown: members.filter((m) => !m.inChair && m.payroll === 'not_recorded').length,
  };
}
export const MEMBER_VOTE_FILTERS = ['aye', 'no', 'both', 'absent', 'rebels'] as const;
export type MemberVoteFilter = (typeof MEMBER_VOTE_FILTERS)[number];
export const MEMBER_SORTS = ['name', 'name-desc', 'party', 'constituency'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/**
 * Members a division page lists at once. 650 rows made the page 1.3 MB (each row is sent twice: as HTML and in
 * the framework's payload); a hundred made division 1666's page, with its departures and quotes, 265 KB, over the
 * 250 KB a phone should have to take; sixty keep it near 230 KB and the cold render cheaper, and still show a
 * party's rebels on one page (Labour's 56 in division 1666). The filters narrow the list; the downloads hold every row.
 */
export const MEMBERS_PER_PAGE = 60;

/**
 * One page of the members' list, from the address's `page` (1 when absent or not a page number; the last page
 * when past it, with `requested` saying what was asked).
 */
export function pageOfMembers<T>(members: ReadonlyArray<T>, raw: string | undefined) {
  return pageOfList(members, raw, MEMBERS_PER_PAGE);
}

/** The members' list as the URL asks for it: ?party=Lab&vote=aye&sort=name. */
export function filterMembers(
  members: ReadonlyArray<MemberView>,
  filters: { partyAbbreviation?: string; vote?: MemberVoteFilter; sort?: MemberSort },
): MemberView[] {
  const party = filters.partyAbbreviation?.toLowerCase();
  return sortedMembers(members, filters.sort ?? 'name').filter((m) => {
    if (party && m.party?.abbreviation.toLowerCase() !== party) return false;
    if (filters.vote === 'rebels') return m.verdict === 'rebelled';
    // The Chair does not vote: never among those who "did not vote".
    if (filters.vote === 'absent') return m.position === 'absent' && !m.inChair;
    if (filters.vote) return m.position === filters.vote;
    return true;
  });
}

// Each list of members in each order, sorted once: a division's view is kept per data version (db/queries), and its
// page, the page's description and the downloads filter the same sorted list rather than sort 650 names each time.
const sortedLists = new WeakMap<ReadonlyArray<MemberView>, Map<MemberSort, ReadonlyArray<MemberView>>>();

function sortedMembers(members: ReadonlyArray<MemberView>, sort: MemberSort): ReadonlyArray<MemberView> {
  let orders = sortedLists.get(members);
  if (!orders) sortedLists.set(members, (orders = new Map()));
  let sorted = orders.get(sort);
  if (!sorted) orders.set(sort, (sorted = sortMembers([...members], sort)));
  return sorted;
}

function sortMembers(members: MemberView[], sort: MemberSort): MemberView[] {
  const byName = (a: MemberView, b: MemberView) => compareEnglish(a.sortName, b.sortName);
  switch (sort) {
    case 'name':
      return members.sort(byName);
    case 'name-desc':
      return members.sort((a, b) => byName(b, a));
    case 'party':
      return members.sort((a, b) => compareEnglish(a.party?.name ?? '~', b.party?.name ?? '~') || byName(a, b));
    case 'constituency':
      return members.sort((a, b) => compareEnglish(a.constituencyName ?? '~', b.constituencyName ?? '~') || byName(a, b));
  }
}
