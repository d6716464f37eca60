import {
  addToTally,
  assessVote,
  chooseWhip,
  emptyTally,
  judgeWordsAgainstVote,
  seatedMembers,
  stanceTiming,
  type PartyTally,
  type RecordedWhip,
  type SaidVsDid,
  type SaidVsDidBasis,
  type WhipUsed,
  type WhipVerdict,
} from '@/lib/domain';
import type { Lobby, PartyKind, StancePosition, StanceTiming, VotePosition, WhipBasis, WhipInstruction } from '@/lib/domain/types';
import type { SummaryVote } from './mp-summary';
import { readParam, type SearchParams } from './params';

// Joins one MP's query results with the rules of lib/domain: the whip each vote is measured against
// and the verdict, and what they said beside what they did.

/** Rows of an MP's voting table a page: the record of a long-serving MP runs to thousands of votes. */
export const VOTES_PER_PAGE = 100;

/**
 * Divisions a page in "What they said": a member who spoke on a topic with many divisions has a verdict (and its
 * quotes) for each, which would run to hundreds of KB on one page.
 */
export const SAID_PER_PAGE = 10;

/**
 * The page of an MP's votes that `?page=` asks for. Anything that is not a whole number from 1 reads as the first
 * page, as other unexpected parameters are ignored; a number past the last page is the page's to refuse.
 */
export function readVotesPage(params: SearchParams): number {
  const raw = readParam(params, 'page');
  const page = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

export type VoteInput = {
  divisionId: number;
  date: string;
  position: VotePosition;
  partyId: number | null;
  whipInstruction: WhipInstruction | null;
  whipStrength: number | null;
  whipBasis: WhipBasis | null;
};

export type VoteView<V extends VoteInput> = V & { whip: WhipUsed | null; verdict: WhipVerdict | null };

/**
 * Each vote against its party's whip on the day: the recorded whip, else rule 4's guess from how the party voted
 * (the tallies, one row per division and position) and how many of its members sat that day (`seated`, by
 * membership: db/queries/seated.ts).
 */
export function assessMemberVotes<V extends VoteInput>(
  votes: ReadonlyArray<V>,
  tallies: ReadonlyArray<{ divisionId: number; position: VotePosition; members: number }>,
  partyKinds: ReadonlyMap<number, PartyKind>,
  seated: (partyId: number, date: string) => number = () => 0,
): VoteView<V>[] {
  const tallyByDivision = new Map<number, PartyTally>();
  for (const row of tallies) {
    const tally = tallyByDivision.get(row.divisionId) ?? emptyTally();
    addToTally(tally, row.position, row.members);
    tallyByDivision.set(row.divisionId, tally);
  }
  const noTally = emptyTally();
  // Object.assign rather than a spread: several times faster on query rows, and a long record has thousands.
  return votes.map((vote) => {
    if (vote.partyId === null) return Object.assign({}, vote, { whip: null, verdict: null });
    const recorded: RecordedWhip | null =
      vote.whipInstruction && vote.whipBasis
        ? { instruction: vote.whipInstruction, basis: vote.whipBasis, strength: vote.whipStrength }
        : null;
    const kind = partyKinds.get(vote.partyId) ?? 'party';
    const tally = tallyByDivision.get(vote.divisionId) ?? noTally;
    const whip = chooseWhip(recorded, kind, tally, seatedMembers(tally, seated(vote.partyId, vote.date)));
    return Object.assign({}, vote, assessVote(vote.position, whip));
  });
}

/**
 * Each vote against the whip already chosen for its division and the member's party on the day (`whipOf`: the
 * judgements of db/queries/judged-divisions.ts, made once per data version by the same rules as assessMemberVotes),
 * so that a long record is judged by a lookup a vote. Votes `whipOf` does not know (undefined: a division without
 * an address) are judged by `judgeRest`, in one batch; the record keeps its order.
 */
export function assessAgainstWhips<V extends VoteInput>(
  votes: ReadonlyArray<V>,
  whipOf: (divisionId: number, partyId: number) => WhipUsed | null | undefined,
  judgeRest: (votes: V[]) => VoteView<V>[],
): VoteView<V>[] {
  // A vote with no party on the day has no whip (null), as assessMemberVotes has it.
  const whips = votes.map((v) => (v.partyId === null ? null : whipOf(v.divisionId, v.partyId)));
  const rest = votes.filter((_, i) => whips[i] === undefined);
  const restJudged = rest.length === 0 ? [] : judgeRest(rest);
  let next = 0;
  return votes.map((vote, i) => {
    const whip = whips[i];
    return whip === undefined ? restJudged[next++]! : Object.assign({}, vote, assessVote(vote.position, whip));
  });
}

/**
 * The divisions, each with the member's party on the day, where the party's votes are needed: rule 4 has to guess
 * the whip (none recorded, for a party the rule guesses for: chooseWhip and guessWhip in lib/domain), or an editor
 * inferred one to vote aye or no, which is shown with how the party voted. A reported whip is used as it stands.
 */
export function listWhipGuessesNeeded(
  votes: ReadonlyArray<VoteInput>,
  partyKinds: ReadonlyMap<number, PartyKind>,
): { divisionId: number; partyId: number }[] {
  const needed: { divisionId: number; partyId: number }[] = [];
  for (const v of votes) {
    if (v.partyId === null) continue;
    // A recorded whip is used as it stands; an editor's inference to vote aye or no is shown with how the party voted.
    const recorded = v.whipInstruction && v.whipBasis;
    const inferredByEditor = recorded && v.whipBasis === 'inferred' && (v.whipInstruction === 'aye' || v.whipInstruction === 'no');
    if (recorded && !inferredByEditor) continue;
    if ((partyKinds.get(v.partyId) ?? 'party') === 'party') needed.push({ divisionId: v.divisionId, partyId: v.partyId });
  }
  return needed;
}

export type StanceRowInput = {
  stanceId: number;
  position: StancePosition;
  statedOn: string | null;
  said: StanceTiming;
  topicSlug: string;
  topicTitle: string;
  /** A division the stance's topic links, or null: one row per stance and linked division. */
  divisionId: number | null;
  supportingLobby: Lobby | null;
};

export type Stance<S extends StanceRowInput> = Omit<S, 'divisionId' | 'supportingLobby'>;

/** Rule 7 for one division and topic: one verdict, with every quote under it by when it was said. */
export type SaidVsDidEntry<S extends StanceRowInput, L = never> = {
  divisionId: number;
  date: string;
  topicSlug: string;
  topicTitle: string;
  supportingLobby: Lobby;
  /** How they voted. */
  position: VotePosition;
  verdict: SaidVsDid | null;
  basis: SaidVsDidBasis;
  /** Said before the vote: what the verdict is judged on. */
  before: Stance<S>[];
  /** Said after it: explaining the vote, never a promise kept or broken. */
  after: Stance<S>[];
  /** Said on the day with no way to tell before or after: not counted. */
  unknown: Stance<S>[];
  /** Their party's line on the topic (the party they sat for that day). */
  partyLines: L[];
};

export type MemberWords<S extends StanceRowInput, L = never> = {
  /** One entry per division they have a vote in and topic they spoke on, newest first. */
  verdicts: SaidVsDidEntry<S, L>[];
  /** What they said on topics with no division they have a vote in. */
  unlinked: Stance<S>[];
};

/**
 * Rule 7 on an MP's page: for each division linked to a topic they spoke on and in which they have a vote, one
 * verdict from what they said before it, with every quote under it (before, after, timing not known), and their
 * party's line beside it. What they said on topics with no such division is kept apart.
 */
export function compareSaidWithDid<S extends StanceRowInput, L extends { divisionId: number; topicSlug: string } = never>(
  rows: ReadonlyArray<S>,
  votes: ReadonlyArray<{ divisionId: number; position: VotePosition; date: string; heldAt: string }>,
  partyLines: ReadonlyArray<L> = [],
): MemberWords<S, L> {
  const voteByDivision = new Map(votes.map((v) => [v.divisionId, v]));
  const stances = new Map<number, Stance<S>>();
  const entries = new Map<string, SaidVsDidEntry<S, L> & { heldAt: string }>();
  const linked = new Set<number>();
  for (const row of rows) {
    const { divisionId, supportingLobby, ...rest } = row;
    const stance = stances.get(row.stanceId) ?? (rest as Stance<S>);
    stances.set(row.stanceId, stance);
    const vote = divisionId === null ? undefined : voteByDivision.get(divisionId);
    if (divisionId === null || supportingLobby === null || !vote) continue;
    linked.add(row.stanceId);
    const key = `${divisionId}:${row.topicSlug}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        divisionId,
        date: vote.date,
        heldAt: vote.heldAt,
        topicSlug: row.topicSlug,
        topicTitle: row.topicTitle,
        supportingLobby,
        position: vote.position,
        verdict: null,
        basis: 'nothing_before',
        before: [],
        after: [],
        unknown: [],
        partyLines: partyLines.filter((l) => l.divisionId === divisionId && l.topicSlug === row.topicSlug),
      };
      entries.set(key, entry);
    }
    entry[stanceTiming(row, vote.date)].push(stance);
  }
  const verdicts = [...entries.values()]
    .map(({ heldAt, ...entry }) => {
      const judged = judgeWordsAgainstVote(
        [...entry.before.map((s) => ({ position: s.position, timing: 'before' as const }))],
        entry.supportingLobby,
        entry.position,
      );
      return { heldAt, entry: { ...entry, verdict: judged.verdict, basis: judged.basis } };
    })
    .sort((a, b) => b.heldAt.localeCompare(a.heldAt) || a.entry.topicTitle.localeCompare(b.entry.topicTitle))
    .map((x) => x.entry);
  return { verdicts, unlinked: [...stances.values()].filter((s) => !linked.has(s.stanceId)) };
}

/** The member's judged votes with their party and topics, as lib/view/mp-summary.ts takes them. */
export function toSummaryVotes<V extends VoteInput & { date: string; heldAt: string; officialTitle: string; shortTitle: string | null }>(
  votes: ReadonlyArray<VoteView<V>>,
  parties: ReadonlyMap<number, { name: string; kind: PartyKind }>,
  topics: ReadonlyArray<{ divisionId: number; title: string; supportingLobby: Lobby }>,
): SummaryVote[] {
  const topicsByDivision = new Map<number, { title: string; supportingLobby: Lobby }[]>();
  for (const t of topics) {
    const list = topicsByDivision.get(t.divisionId);
    if (list) list.push(t);
    else topicsByDivision.set(t.divisionId, [t]);
  }
  return votes.map((v) => {
    const party = v.partyId === null ? undefined : parties.get(v.partyId);
    return {
      divisionId: v.divisionId,
      date: v.date,
      heldAt: v.heldAt,
      officialTitle: v.officialTitle,
      shortTitle: v.shortTitle,
      position: v.position,
      whip: v.whip,
      verdict: v.verdict,
      partyName: party?.name ?? null,
      partyKind: party?.kind ?? null,
      topics: topicsByDivision.get(v.divisionId) ?? [],
    };
  });
}
