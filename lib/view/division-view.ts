import {
  analyseDivision,
  compareCounts,
  countNamesRecorded,
  leftOverDivision,
  payrollStatusOnDate,
  tallyMembers,
  type CountCheck,
  type PartyTally,
  type PayrollStatus,
  type PostFacts,
  type RecordedWhip,
  type WhipUsed,
  type WhipVerdict,
} from '@/lib/domain';
import type { PartyKind, VotePosition } from '@/lib/domain/types';
import type { Source } from '@/db/schema/columns';
import { groupBy } from './group-by';

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
  quote: string | null;
  label: string;
  statedOn: string | null;
  sourceUrl: string;
  confidence: 'high' | 'medium' | 'low';
  note: string | null;
};

export type MemberView = MemberInput & {
  party: PartyInfo | null;
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
  payroll: PayrollStatus;
};

export type PartyRow = {
  party: PartyInfo;
  tally: PartyTally;
  members: number;
  whip: WhipUsed | null;
  whipNote: string | null;
  whipSources: Source[];
  rebels: number;
  rebelsAgainstInferred: number;
};

export type RebelGroup = { party: PartyInfo | null; members: MemberView[] };
export type DepartureView<D extends DepartureInput = DepartureInput, S extends StanceInput = StanceInput> = D & {
  words: S[];
  vote: MemberView | null;
};

export type DivisionView<D extends DepartureInput, S extends StanceInput> = {
  countCheck: CountCheck;
  members: MemberView[];
  partyRows: PartyRow[];
  rebelGroups: RebelGroup[];
  rebelsTotal: number;
  departures: DepartureView<D, S>[];
};

export function buildDivisionView<D extends DepartureInput, S extends StanceInput>(input: {
  division: { id: number; date: string; ayeCount: number; noCount: number };
  members: ReadonlyArray<MemberInput>;
  parties: ReadonlyArray<PartyInfo>;
  whips: ReadonlyArray<WhipInput>;
  posts: ReadonlyArray<PostInput>;
  departures: ReadonlyArray<D>;
  stances: ReadonlyArray<S>;
}): DivisionView<D, S> {
  const { division } = input;
  const partyById = new Map(input.parties.map((p) => [p.id, p]));
  const whipByParty = new Map(input.whips.map((w) => [w.partyId, w]));
  const analysis = analyseDivision(input.members, input.parties, whipByParty);

  const postsByPerson = groupBy(input.posts, (p) => p.personId);
  const members = input.members.map((m, i): MemberView => {
    const assessed = analysis.votes[i]!;
    return {
      ...m,
      party: m.partyId === null ? null : (partyById.get(m.partyId) ?? null),
      whip: assessed.assessment.whip,
      verdict: assessed.assessment.verdict,
      payroll: payrollStatusOnDate(postsByPerson.get(m.personId) ?? [], division.date),
    };
  });

  const partyRows: PartyRow[] = [];
  for (const result of analysis.parties.values()) {
    const party = partyById.get(result.partyId);
    if (!party) continue;
    const recorded = whipByParty.get(result.partyId);
    partyRows.push({
      party,
      tally: result.tally,
      members: tallyMembers(result.tally),
      whip: result.whip,
      whipNote: recorded?.note ?? null,
      whipSources: recorded?.sources ?? [],
      rebels: result.rebels,
      rebelsAgainstInferred: result.rebelsAgainstInferred,
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
      words: (stancesByPerson.get(post.personId) ?? []).filter((s) => s.quote),
      vote: memberByPerson.get(post.personId) ?? null,
    }));

  return {
    countCheck: compareCounts({ ayes: division.ayeCount, noes: division.noCount }, countNamesRecorded(input.members)),
    members,
    partyRows,
    rebelGroups,
    rebelsTotal: rebels.length,
    departures,
  };
}
export const MEMBER_VOTE_FILTERS = ['aye', 'no', 'both', 'absent', 'rebels'] as const;
export type MemberVoteFilter = (typeof MEMBER_VOTE_FILTERS)[number];
export const MEMBER_SORTS = ['name', 'name-desc', 'party', 'constituency'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** The members' list as the URL asks for it: ?party=Lab&vote=aye&sort=name. */
export function filterMembers(
  members: ReadonlyArray<MemberView>,
  filters: { partyAbbreviation?: string; vote?: MemberVoteFilter; sort?: MemberSort },
): MemberView[] {
  const party = filters.partyAbbreviation?.toLowerCase();
  const shown = members.filter((m) => {
    if (party && m.party?.abbreviation.toLowerCase() !== party) return false;
    if (filters.vote === 'rebels') return m.verdict === 'rebelled';
    if (filters.vote) return m.position === filters.vote;
    return true;
  });
  const byName = (a: MemberView, b: MemberView) => a.sortName.localeCompare(b.sortName, 'en-GB');
  switch (filters.sort ?? 'name') {
    case 'name':
      return shown.sort(byName);
    case 'name-desc':
      return shown.sort((a, b) => byName(b, a));
    case 'party':
      return shown.sort((a, b) => (a.party?.name ?? '~').localeCompare(b.party?.name ?? '~', 'en-GB') || byName(a, b));
    case 'constituency':
      return shown.sort(
        (a, b) => (a.constituencyName ?? '~').localeCompare(b.constituencyName ?? '~', 'en-GB') || byName(a, b),
      );
  }
}
