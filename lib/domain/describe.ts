import type { SaidVsDid } from './said-vs-did';
import type { PayrollStatus } from './posts';
import type { WhipVerdict } from './rebellion';
import type { PostEndReason, PostKind, StanceTiming, VotePosition, WhipInstruction } from './types';

// Plain-English words for the rules' values, so every page says the same thing the same way.

export function describePosition(position: VotePosition): string {
  switch (position) {
    case 'aye':
      return 'voted for';
    case 'no':
      return 'voted against';
    case 'both':
      return 'voted both ways (a recorded abstention)';
    case 'absent':
      return 'did not vote';
  }
}

export function describeWhip(instruction: WhipInstruction): string {
  switch (instruction) {
    case 'aye':
      return 'vote for';
    case 'no':
      return 'vote against';
    case 'abstain':
      return 'abstain';
    case 'free':
      return 'free vote';
  }
}

export function describeVerdict(verdict: WhipVerdict, instruction: WhipInstruction, position: VotePosition): string {
  switch (verdict) {
    case 'rebelled':
      return instruction === 'abstain'
        ? `defied the whip to abstain and ${describePosition(position)}`
        : `defied the whip to ${describeWhip(instruction)}`;
    case 'followed':
      return instruction === 'abstain' ? 'recorded an abstention, as whipped' : 'followed the whip';
    case 'recorded_abstention':
      return 'recorded an abstention against the whip';
    case 'did_not_vote':
      return 'did not vote';
    case 'free_vote':
      return 'free vote';
  }
}

export function describeSaidVsDid(verdict: SaidVsDid): string {
  switch (verdict) {
    case 'kept':
      return 'Kept their word';
    case 'broke':
      return 'Voted against what they said';
    case 'did_not_vote':
      return 'Did not vote';
  }
}

/** When words were said relative to the vote, as a heading over the quotes. */
export function describeStanceTiming(timing: StanceTiming): string {
  switch (timing) {
    case 'before':
      return 'Said before the vote';
    case 'after':
      return 'Explained their vote afterwards';
    case 'unknown':
      return 'Said on the day; whether before or after the vote is not known';
  }
}

export const POST_KIND_LABELS: Record<PostKind, string> = {
  minister: 'Minister',
  shadow_minister: 'Shadow minister',
  whip: 'Whip',
  spokesperson: 'Spokesperson',
  pps: 'Parliamentary private secretary (PPS)',
  party_leader: 'Party leader',
};

export const POST_END_REASON_LABELS: Record<PostEndReason, string> = {
  resigned: 'resigned',
  sacked: 'sacked',
  reshuffle: 'moved in a reshuffle',
  election: 'ended at an election',
  unknown: 'left (how is disputed or unknown)',
};

/** Rule 5 in words, for downloads and the API: posts not known say so, never "backbench". */
export const PAYROLL_WORDS: Record<PayrollStatus, string> = {
  frontbench: 'frontbench',
  pps: 'PPS',
  backbench: 'backbench',
  not_recorded: 'no post recorded',
};
