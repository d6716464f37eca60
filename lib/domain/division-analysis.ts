import { assessVote, type VoteAssessment } from './rebellion';
import type { PartyKind, VotePosition } from './types';
import { addToTally, chooseWhip, emptyTally, inferWhip, type PartyTally, type RecordedWhip, type WhipUsed } from './whip';

export type VoteFact = { personId: number; partyId: number | null; position: VotePosition; isTeller: boolean };
export type PartyFact = { id: number; kind: PartyKind };

export type PartyResult = {
  partyId: number;
  tally: PartyTally;
  /** The whip votes are measured against: the recorded one, else rule 4's guess. */
  whip: WhipUsed | null;
  /** Rule 4's guess alone, whatever was recorded: what a majority-based tracker would show. */
  inferredWhip: WhipUsed | null;
  rebels: number;
  rebelsAgainstInferred: number;
};

export type AssessedVote = VoteFact & {
  assessment: VoteAssessment;
  /** The same vote measured against rule 4's guess only. */
  againstInferred: VoteAssessment;
};

export type DivisionAnalysis = { parties: Map<number, PartyResult>; votes: AssessedVote[] };

/**
 * Applies rules 3 and 4 to every vote in one division: tallies each party (party on the day, tellers
 * included), picks the whip to measure against, and judges each vote. Votes with no party on the day
 * get no whip.
 */
export function analyseDivision(
  votes: ReadonlyArray<VoteFact>,
  parties: ReadonlyArray<PartyFact>,
  recordedWhips: ReadonlyMap<number, RecordedWhip>,
): DivisionAnalysis {
  const kinds = new Map(parties.map((p) => [p.id, p.kind]));
  const tallies = new Map<number, PartyTally>();
  for (const v of votes) {
    if (v.partyId === null) continue;
    const tally = tallies.get(v.partyId) ?? emptyTally();
    tallies.set(v.partyId, addToTally(tally, v.position));
  }

  const results = new Map<number, PartyResult>();
  for (const [partyId, tally] of tallies) {
    const kind = kinds.get(partyId) ?? 'party';
    const guess = inferWhip(kind, tally);
    results.set(partyId, {
      partyId,
      tally,
      whip: chooseWhip(recordedWhips.get(partyId), kind, tally),
      inferredWhip: guess ? { instruction: guess, basis: 'inferred', origin: 'computed', strength: null } : null,
      rebels: 0,
      rebelsAgainstInferred: 0,
    });
  }

  const assessed = votes.map((v): AssessedVote => {
    const party = v.partyId === null ? undefined : results.get(v.partyId);
    const assessment = assessVote(v.position, party?.whip ?? null);
    const againstInferred = assessVote(v.position, party?.inferredWhip ?? null);
    if (party && assessment.verdict === 'rebelled') party.rebels += 1;
    if (party && againstInferred.verdict === 'rebelled') party.rebelsAgainstInferred += 1;
    return { ...v, assessment, againstInferred };
  });

  return { parties: results, votes: assessed };
}
