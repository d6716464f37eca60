import { assessVote, type VoteAssessment } from './rebellion';
import type { PartyKind, VotePosition } from './types';
import {
  addToTally,
  chooseWhip,
  emptyTally,
  guessWhip,
  majoritySide,
  seatedMembers,
  type PartyTally,
  type RecordedWhip,
  type WhipGuess,
  type WhipUsed,
} from './whip';

export type VoteFact = { personId: number; partyId: number | null; position: VotePosition; isTeller: boolean };
export type PartyFact = { id: number; kind: PartyKind };

export type PartyResult = {
  partyId: number;
  tally: PartyTally;
  /** Members of the party seated that day (rule 4's denominator): listed in the record, or more by membership. */
  seated: number;
  /** The whip votes are measured against: the recorded one, else rule 4's guess. */
  whip: WhipUsed | null;
  /** Rule 4's guess alone, whatever was recorded, and why it made it or none. */
  guess: WhipGuess;
  /** The majority side with no thresholds (majoritySide): what a majority-based tracker would measure against. */
  majorityWhip: WhipUsed | null;
  rebels: number;
  rebelsAgainstMajority: number;
};

export type AssessedVote = VoteFact & {
  assessment: VoteAssessment;
  /** The same vote measured against the majority side only, as a majority-based tracker would. */
  againstMajority: VoteAssessment;
};

export type DivisionAnalysis = { parties: Map<number, PartyResult>; votes: AssessedVote[] };

/**
 * Applies rules 3 and 4 to every vote in one division: tallies each party (party on the day, tellers
 * included), picks the whip to measure against, and judges each vote. Votes with no party on the day
 * get no whip. `seatedByParty` gives, where known, how many of each party's members sat that day by their
 * memberships (seatedMembers takes the larger of that and the record's own list).
 */
export function analyseDivision(
  votes: ReadonlyArray<VoteFact>,
  parties: ReadonlyArray<PartyFact>,
  recordedWhips: ReadonlyMap<number, RecordedWhip>,
  seatedByParty: ReadonlyMap<number, number> = new Map(),
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
    const seated = seatedMembers(tally, seatedByParty.get(partyId));
    const side = majoritySide(kind, tally);
    results.set(partyId, {
      partyId,
      tally,
      seated,
      whip: chooseWhip(recordedWhips.get(partyId), kind, tally, seated),
      guess: guessWhip(kind, tally, seated),
      majorityWhip: side ? { instruction: side, basis: 'inferred', origin: 'computed', strength: null } : null,
      rebels: 0,
      rebelsAgainstMajority: 0,
    });
  }

  const assessed = votes.map((v): AssessedVote => {
    const party = v.partyId === null ? undefined : results.get(v.partyId);
    const assessment = assessVote(v.position, party?.whip ?? null);
    const againstMajority = assessVote(v.position, party?.majorityWhip ?? null);
    if (party && assessment.verdict === 'rebelled') party.rebels += 1;
    if (party && againstMajority.verdict === 'rebelled') party.rebelsAgainstMajority += 1;
    // Object.assign rather than a spread: several times faster on query rows (650 a division).
    return Object.assign({}, v, { assessment, againstMajority });
  });

  return { parties: results, votes: assessed };
}
