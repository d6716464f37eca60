import { describePosition, describeWhip, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';
import { capitalise } from './format';

// Plain-English sentences about whips, built from the words in lib/domain/describe.ts so that every
// page says the same thing the same way.

const STRENGTHS: Record<number, string> = { 1: 'one-line', 2: 'two-line', 3: 'three-line' };

/** "three-line", or null when the strength is not known. */
export function describeStrength(strength: number | null): string | null {
  return strength === null ? null : (STRENGTHS[strength] ?? null);
}

/** "Abstain", "Vote against", "Free vote". */
export function describeInstruction(whip: WhipUsed): string {
  return capitalise(describeWhip(whip.instruction));
}

/**
 * Where the whip comes from, in words: "three-line whip, reported" for one a source states; "inferred"
 * for one an editor deduced; "inferred from how most of its MPs voted" for the guess of rule 4.
 */
export function describeWhipBasis(whip: WhipUsed): string {
  if (whip.origin === 'computed') return 'inferred from how most of its MPs voted';
  const strength = describeStrength(whip.strength);
  const basis = whip.basis === 'reported' ? 'reported' : 'inferred';
  return strength ? `${strength} whip, ${basis}` : basis;
}

/** A short verdict for a table cell: "Defied the whip", "Followed the whip"... */
export function describeVerdictShort(verdict: WhipVerdict | null): string {
  switch (verdict) {
    case 'rebelled':
      return 'Defied the whip';
    case 'followed':
      return 'Followed the whip';
    case 'recorded_abstention':
      return 'Abstained against the whip';
    case 'did_not_vote':
      return 'Not counted (no vote)';
    case 'free_vote':
      return 'Free vote';
    case null:
      return 'No whip';
  }
}

/**
 * The full sentence for one member's vote: "Voted for. Defied the Labour whip to abstain." It says
 * which whip (reported or inferred) the vote is measured against.
 */
export function describeVoteAgainstWhip(
  position: VotePosition,
  verdict: WhipVerdict | null,
  whip: WhipUsed | null,
  partyName: string | null,
): string {
  const vote = `${capitalise(describePosition(position))}.`;
  if (!whip || verdict === null) return `${vote} No whip is recorded or can be inferred.`;
  const party = partyName ? `the ${partyName} whip` : 'the whip';
  const to = whip.instruction === 'free' ? '' : ` to ${describeWhip(whip.instruction)}`;
  switch (verdict) {
    case 'rebelled':
      return `${vote} Defied ${party}${to}.`;
    case 'followed':
      return `${vote} Followed ${party}${to}.`;
    case 'recorded_abstention':
      return `${vote} A recorded abstention against ${party}${to}.`;
    case 'did_not_vote':
      return `${vote} ${capitalise(party)} was${to}; not voting is never counted as a rebellion.`;
    case 'free_vote':
      return `${vote} ${partyName ? `The ${partyName} party` : 'The party'} gave a free vote.`;
  }
}
