import type { VotePosition, WhipInstruction } from './types';
import type { WhipUsed } from './whip';

/**
 * Rule 3. What a vote means against a whip:
 * - `rebelled`: voted against the whip (including voting at all when told to abstain);
 * - `followed`: did as the whip said (for a whip to abstain: went through both lobbies, a recorded abstention);
 * - `recorded_abstention`: went through both lobbies against an aye or no whip (its own category);
 * - `did_not_vote`: no vote recorded; never called a rebellion, and not credited as obeying a whip to
 *   abstain either, since absence has many causes (Kim Johnson was abroad on 15 Nov 2023);
 * - `free_vote`: the party gave a free vote, so no vote is a rebellion.
 */
export type WhipVerdict = 'rebelled' | 'followed' | 'recorded_abstention' | 'did_not_vote' | 'free_vote';

export function judgeAgainstWhip(instruction: WhipInstruction, position: VotePosition): WhipVerdict {
  switch (instruction) {
    case 'free':
      return 'free_vote';
    case 'abstain':
      if (position === 'absent') return 'did_not_vote';
      return position === 'aye' || position === 'no' ? 'rebelled' : 'followed';
    case 'aye':
    case 'no': {
      if (position === 'absent') return 'did_not_vote';
      if (position === 'both') return 'recorded_abstention';
      return position === instruction ? 'followed' : 'rebelled';
    }
  }
}

export type VoteAssessment = {
  /** The whip measured against, or null when there is none (no record and no guess). */
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
};

export function assessVote(position: VotePosition, whip: WhipUsed | null): VoteAssessment {
  return { whip, verdict: whip ? judgeAgainstWhip(whip.instruction, position) : null };
}

export function isRebellion(assessment: VoteAssessment): boolean {
  return assessment.verdict === 'rebelled';
}
