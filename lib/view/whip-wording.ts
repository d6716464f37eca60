import { describePosition, describeWhip, type WhipEvidence, type WhipGuess, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';
import { capitalise, plural } from './format';

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
 * What an inferred whip was inferred from: "9 of 10 Labour MPs who voted, 184 did not". Those who voted include
 * both lobbies; those who did not are the party's members seated that day who voted neither way.
 */
export function describeEvidence(evidence: WhipEvidence, partyName?: string | null): string {
  const mps = partyName ? `${partyName} MPs` : 'its MPs';
  const stayedAway = evidence.seated - evidence.voted;
  return `${evidence.onSide} of ${evidence.voted} ${mps} who voted${stayedAway > 0 ? `, ${stayedAway} did not` : ''}`;
}

/**
 * Where the whip comes from, in words: "three-line whip, reported" for one a source states; "inferred by an
 * editor" for one an editor deduced; "inferred: 280 of 288 Conservative MPs who voted" for the guess of rule 4.
 * Every inferred whip says so, and from what, wherever the figures are known.
 */
export function describeWhipBasis(whip: WhipUsed, partyName?: string | null): string {
  const from = whip.evidence ? `: ${describeEvidence(whip.evidence, partyName)}` : '';
  if (whip.origin === 'computed') return `inferred${from}`;
  const strength = describeStrength(whip.strength);
  const basis = whip.basis === 'reported' ? 'reported' : `inferred by an editor${from}`;
  return strength ? `${strength} whip, ${basis}` : basis;
}

/** Why no whip is known for a party in a division, in words (rule 4's reason). `both`: its members in both lobbies. */
export function describeNoWhip(guess: WhipGuess, partyName?: string | null, both = 0): string {
  const { voted, seated } = guess.evidence;
  const mps = partyName ? `${partyName} MPs` : 'its MPs';
  switch (guess.reason) {
    case 'chair':
      return 'the Speaker and Deputy Speakers do not vote';
    case 'independent':
      return 'independents have no party whip';
    case 'one_member':
      return 'none recorded, and none is inferred for a party of one MP';
    case 'none_voted':
      return `none recorded, and none of its ${plural(seated, 'MP')} voted`;
    case 'few_voted':
      return `none recorded, and none can be inferred: only ${voted} of ${seated} ${mps} voted (a party that mostly stays away may have been told to abstain)`;
    case 'split':
      return both === voted
        ? `none recorded, and none can be inferred: the ${voted} ${mps} who voted all went through both lobbies (a recorded abstention)`
        : `none recorded, and none can be inferred: the ${voted} ${mps} who voted split with no side of two thirds`;
    case 'inferred':
      return 'none recorded';
  }
}

/**
 * A short verdict for a table cell: "Defied the whip", "Followed the inferred whip"... A verdict against an inferred
 * whip says so.
 */
export function describeVerdictShort(verdict: WhipVerdict | null, whip?: Pick<WhipUsed, 'basis'> | null): string {
  const the = whip?.basis === 'inferred' ? 'the inferred whip' : 'the whip';
  switch (verdict) {
    case 'rebelled':
      return `Defied ${the}`;
    case 'followed':
      return `Followed ${the}`;
    case 'recorded_abstention':
      return `Abstained against ${the}`;
    case 'did_not_vote':
      return 'Not counted (no vote)';
    case 'free_vote':
      return 'Free vote';
    case null:
      return 'No whip known';
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
  if (!whip || verdict === null) return `${vote} No whip is known: none is recorded and none can be inferred.`;
  // An inferred whip is never stated as fact: "the inferred Labour whip".
  const inferred = whip.basis === 'inferred' ? 'inferred ' : '';
  const party = partyName ? `the ${inferred}${partyName} whip` : `the ${inferred}whip`;
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
