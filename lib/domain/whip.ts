import type { PartyKind, VotePosition, WhipBasis, WhipInstruction } from './types';

/** How a party's members voted in one division, tellers included. */
export type PartyTally = { ayes: number; noes: number; both: number; absent: number };

export function emptyTally(): PartyTally {
  return { ayes: 0, noes: 0, both: 0, absent: 0 };
}

export function addToTally(tally: PartyTally, position: VotePosition, count = 1): PartyTally {
  if (position === 'aye') tally.ayes += count;
  else if (position === 'no') tally.noes += count;
  else if (position === 'both') tally.both += count;
  else tally.absent += count;
  return tally;
}

export function tallyMembers(tally: PartyTally): number {
  return tally.ayes + tally.noes + tally.both + tally.absent;
}

/** Members who voted: in either lobby, or in both (a recorded abstention). */
export function tallyVoted(tally: PartyTally): number {
  return tally.ayes + tally.noes + tally.both;
}

/**
 * Rule 4's thresholds. A whip is guessed only when at least half of the party's members seated that day voted
 * (a party that mostly stayed away may have been told to abstain), and at least two thirds of those who voted
 * took one side (a split party had no line anyone can read off the record).
 */
export const INFERENCE_MIN_TURNOUT = 1 / 2;
export const INFERENCE_MIN_MAJORITY = 2 / 3;

/** Why rule 4 made the guess it made, or none. */
export type WhipGuessReason =
  /** Guessed: enough voted, and enough of them on one side. */
  | 'inferred'
  /** Independents have no party whip. */
  | 'independent'
  /** The Speaker and Deputy Speakers do not vote. */
  | 'chair'
  /** A party of one MP that day. */
  | 'one_member'
  /** None of its members voted. */
  | 'none_voted'
  /** Fewer than half of its members seated that day voted. */
  | 'few_voted'
  /** Those who voted split: no side had two thirds of them (a tie included). */
  | 'split';

/** The figures behind an inferred whip, so that every page can say what it was inferred from. */
export type WhipEvidence = {
  /** Members of the party who voted the whip's way (for a guess, the majority side), tellers included. */
  onSide: number;
  /** Members who voted: aye, no or both lobbies. */
  voted: number;
  /** Members of the party seated that day (see seatedMembers). */
  seated: number;
};

export type WhipGuess = { instruction: 'aye' | 'no' | null; reason: WhipGuessReason; evidence: WhipEvidence };

/**
 * Members of a party seated on a division's day: those the division's record lists (every way, no vote recorded
 * included) or, when more, those whose membership covers the day. The Commons Votes record lists every sitting
 * member; a record entered by hand may list only those who voted, and then the memberships say who sat.
 */
export function seatedMembers(tally: PartyTally, membershipsOnDay = 0): number {
  return Math.max(tallyMembers(tally), membershipsOnDay);
}

/**
 * Rule 4, the guess a tracker makes when no whip is recorded: the majority side of the party's members who voted
 * (tellers included), only for a party (not independents or the Chair) of more than one member, and only past the
 * thresholds above. `seated` is the party's members seated that day (seatedMembers).
 */
export function guessWhip(kind: PartyKind, tally: PartyTally, seated = tallyMembers(tally)): WhipGuess {
  const voted = tallyVoted(tally);
  const majority = Math.max(tally.ayes, tally.noes);
  const evidence: WhipEvidence = { onSide: majority, voted, seated: Math.max(seated, tallyMembers(tally)) };
  const none = (reason: WhipGuessReason): WhipGuess => ({ instruction: null, reason, evidence });
  if (kind === 'speaker') return none('chair');
  if (kind === 'independent') return none('independent');
  if (evidence.seated <= 1) return none('one_member');
  if (voted === 0) return none('none_voted');
  if (voted < evidence.seated * INFERENCE_MIN_TURNOUT) return none('few_voted');
  if (majority < voted * INFERENCE_MIN_MAJORITY || tally.ayes === tally.noes) return none('split');
  return { instruction: tally.ayes > tally.noes ? 'aye' : 'no', reason: 'inferred', evidence };
}

/** Rule 4's guess alone: the side, or null when there is no guess (guessWhip says why). */
export function inferWhip(kind: PartyKind, tally: PartyTally, seated?: number): 'aye' | 'no' | null {
  return guessWhip(kind, tally, seated).instruction;
}

/**
 * The side most of a party's voting members took, with none of rule 4's thresholds: the whip that trackers which
 * guess it from the majority measure against. Shown only beside the recorded whip, to say what such a tracker
 * would count (division 1666: no Labour rebels); never used as a whip here.
 */
export function majoritySide(kind: PartyKind, tally: PartyTally): 'aye' | 'no' | null {
  if (kind !== 'party' || tallyMembers(tally) <= 1 || tally.ayes === tally.noes) return null;
  return tally.ayes > tally.noes ? 'aye' : 'no';
}

/**
 * The whip a vote is measured against. `recorded` is a whip an editor entered (its basis says whether a
 * source reports it or the editor deduced it); `computed` is the guess of rule 4, used only when nothing
 * is recorded, and carries the figures it was inferred from.
 */
export type WhipUsed = {
  instruction: WhipInstruction;
  /** reported: a source states it; inferred: deduced, by an editor or by rule 4. */
  basis: WhipBasis;
  /** recorded: entered by an editor; computed: guessed from the division by rule 4. */
  origin: 'recorded' | 'computed';
  strength: number | null;
  /** For an inferred whip (computed, or an editor's to vote aye or no): how the party voted, beside it. */
  evidence?: WhipEvidence;
};

export type RecordedWhip = { instruction: WhipInstruction; basis: WhipBasis; strength: number | null };

/** A rule 4 guess as the whip to measure against, or null when there is none. */
export function computedWhip(guess: WhipGuess): WhipUsed | null {
  return guess.instruction
    ? { instruction: guess.instruction, basis: 'inferred', origin: 'computed', strength: null, evidence: guess.evidence }
    : null;
}

export function chooseWhip(
  recorded: RecordedWhip | null | undefined,
  kind: PartyKind,
  tally: PartyTally,
  seated?: number,
): WhipUsed | null {
  if (!recorded) return computedWhip(guessWhip(kind, tally, seated));
  // Its three fields named, not spread: several times faster, and a recorded whip's other columns stay behind.
  const whip: WhipUsed = { instruction: recorded.instruction, basis: recorded.basis, strength: recorded.strength, origin: 'recorded' };
  // An editor's inference to vote aye or no is shown with how the party voted, as rule 4's guesses are. (Only then
  // is the guess worked out: a long record has thousands of recorded whips.)
  if (recorded.basis === 'inferred' && (recorded.instruction === 'aye' || recorded.instruction === 'no')) {
    whip.evidence = { ...guessWhip(kind, tally, seated).evidence, onSide: recorded.instruction === 'aye' ? tally.ayes : tally.noes };
  }
  return whip;
}
