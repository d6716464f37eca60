import type { PartyKind, VotePosition, WhipBasis, WhipInstruction } from './types';

/** How a party's members voted in one division, tellers included. */
export type PartyTally = { ayes: number; noes: number; both: number; absent: number };

export function emptyTally(): PartyTally {
  return { ayes: 0, noes: 0, both: 0, absent: 0 };
}

export function addToTally(tally: PartyTally, position: VotePosition): PartyTally {
  if (position === 'aye') tally.ayes += 1;
  else if (position === 'no') tally.noes += 1;
  else if (position === 'both') tally.both += 1;
  else tally.absent += 1;
  return tally;
}

export function tallyMembers(tally: PartyTally): number {
  return tally.ayes + tally.noes + tally.both + tally.absent;
}

/**
 * Rule 4, Public Whip's guess: the majority side of the party's members who voted (tellers included).
 * No guess on a tie, for a party of one MP, for independents, or for the Speaker and Deputy Speakers.
 */
export function inferWhip(kind: PartyKind, tally: PartyTally): 'aye' | 'no' | null {
  if (kind !== 'party') return null;
  if (tallyMembers(tally) <= 1) return null;
  if (tally.ayes === tally.noes) return null;
  return tally.ayes > tally.noes ? 'aye' : 'no';
}

/**
 * The whip a vote is measured against. `recorded` is a whip an editor entered (its basis says whether a
 * source reports it or the editor deduced it); `computed` is the guess of rule 4, used only when nothing
 * is recorded.
 */
export type WhipUsed = {
  instruction: WhipInstruction;
  /** reported: a source states it; inferred: deduced, by an editor or by rule 4. */
  basis: WhipBasis;
  /** recorded: entered by an editor; computed: guessed from the division by rule 4. */
  origin: 'recorded' | 'computed';
  strength: number | null;
};

export type RecordedWhip = { instruction: WhipInstruction; basis: WhipBasis; strength: number | null };

export function chooseWhip(
  recorded: RecordedWhip | null | undefined,
  kind: PartyKind,
  tally: PartyTally,
): WhipUsed | null {
  if (recorded) return { ...recorded, origin: 'recorded' };
  const guess = inferWhip(kind, tally);
  return guess ? { instruction: guess, basis: 'inferred', origin: 'computed', strength: null } : null;
}
