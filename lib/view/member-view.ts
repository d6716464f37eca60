import {
  addToTally,
  assessVote,
  chooseWhip,
  emptyTally,
  judgeSaidVsDid,
  type PartyTally,
  type RecordedWhip,
  type SaidVsDid,
  type WhipUsed,
  type WhipVerdict,
} from '@/lib/domain';
import type { Lobby, PartyKind, StancePosition, VotePosition, WhipBasis, WhipInstruction } from '@/lib/domain/types';
import type { SummaryVote } from './mp-summary';
import { readParam, type SearchParams } from './params';

// Joins one MP's query results with the rules of lib/domain: the whip each vote is measured against
// and the verdict, and what they said beside what they did.

/** Rows of an MP's voting table a page: the record of a long-serving MP runs to thousands of votes. */
export const VOTES_PER_PAGE = 100;

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
  position: VotePosition;
  partyId: number | null;
  whipInstruction: WhipInstruction | null;
  whipStrength: number | null;
  whipBasis: WhipBasis | null;
};

export type VoteView<V extends VoteInput> = V & { whip: WhipUsed | null; verdict: WhipVerdict | null };

/**
 * Each vote against its party's whip on the day: the recorded whip, else rule 4's guess from how the
 * party voted (the tallies, one row per division and position).
 */
export function assessMemberVotes<V extends VoteInput>(
  votes: ReadonlyArray<V>,
  tallies: ReadonlyArray<{ divisionId: number; position: VotePosition; members: number }>,
  partyKinds: ReadonlyMap<number, PartyKind>,
): VoteView<V>[] {
  const tallyByDivision = new Map<number, PartyTally>();
  for (const row of tallies) {
    const tally = tallyByDivision.get(row.divisionId) ?? emptyTally();
    for (let i = 0; i < row.members; i += 1) addToTally(tally, row.position);
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
    const whip = chooseWhip(recorded, kind, tallyByDivision.get(vote.divisionId) ?? noTally);
    return Object.assign({}, vote, assessVote(vote.position, whip));
  });
}

/**
 * The divisions, each with the member's party on the day, where rule 4 has to guess the whip: no whip is recorded
 * for the party, and it is a party the rule guesses for (chooseWhip and inferWhip in lib/domain). Only there are
 * the party's votes needed; a recorded whip is used as it stands.
 */
export function listWhipGuessesNeeded(
  votes: ReadonlyArray<VoteInput>,
  partyKinds: ReadonlyMap<number, PartyKind>,
): { divisionId: number; partyId: number }[] {
  const needed: { divisionId: number; partyId: number }[] = [];
  for (const v of votes) {
    if (v.partyId === null || (v.whipInstruction && v.whipBasis)) continue;
    if ((partyKinds.get(v.partyId) ?? 'party') === 'party') needed.push({ divisionId: v.divisionId, partyId: v.partyId });
  }
  return needed;
}

export type StanceRowInput = {
  stanceId: number;
  position: StancePosition;
  divisionId: number | null;
  supportingLobby: Lobby | null;
};

export type SaidVsDidView = { divisionId: number; position: VotePosition; verdict: SaidVsDid | null };
export type StanceView<S extends StanceRowInput> = Omit<S, 'divisionId' | 'supportingLobby'> & {
  comparisons: SaidVsDidView[];
};

/**
 * One entry per stance (the query gives one row per stance and linked division), each with rule 7's
 * verdict for every linked division the person has a recorded vote in.
 */
export function compareSaidWithDid<S extends StanceRowInput>(
  rows: ReadonlyArray<S>,
  votes: ReadonlyArray<{ divisionId: number; position: VotePosition }>,
): StanceView<S>[] {
  const positionByDivision = new Map(votes.map((v) => [v.divisionId, v.position]));
  const byStance = new Map<number, StanceView<S>>();
  for (const row of rows) {
    let view = byStance.get(row.stanceId);
    if (!view) {
      const stance: Partial<StanceRowInput> & Omit<S, 'divisionId' | 'supportingLobby'> = { ...row };
      delete stance.divisionId;
      delete stance.supportingLobby;
      view = { ...stance, comparisons: [] };
      byStance.set(row.stanceId, view);
    }
    if (row.divisionId === null || row.supportingLobby === null) continue;
    const position = positionByDivision.get(row.divisionId);
    if (position === undefined) continue;
    view.comparisons.push({
      divisionId: row.divisionId,
      position,
      verdict: judgeSaidVsDid(row.position, row.supportingLobby, position),
    });
  }
  return [...byStance.values()];
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
