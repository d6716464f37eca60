import { toDate } from './dates';
import type { Lobby, StancePosition, StanceTiming, VotePosition } from './types';

export type SaidVsDid = 'kept' | 'broke' | 'did_not_vote';

/**
 * Rule 7 for one stance: compare what a person said on a topic with how they voted in a division linked to
 * it. A stance that is mixed or other has no verdict (null). Going through both lobbies is not a vote
 * either way, so it counts as "did not vote". Only for words said before the vote: see judgeWordsAgainstVote.
 */
export function judgeSaidVsDid(stance: StancePosition, supportingLobby: Lobby, vote: VotePosition): SaidVsDid | null {
  if (stance !== 'supports' && stance !== 'opposes') return null;
  if (vote !== 'aye' && vote !== 'no') return 'did_not_vote';
  const votedSupporting = vote === supportingLobby;
  return votedSupporting === (stance === 'supports') ? 'kept' : 'broke';
}

/**
 * When words were said relative to a division: by the dates when they differ; on the division's own day (or
 * with no date) by what the editor recorded from the source (`said`: before, after or not known).
 */
export function stanceTiming(stance: { statedOn: string | null; said: StanceTiming }, divisionDate: string): StanceTiming {
  if (stance.statedOn) {
    const said = toDate(stance.statedOn);
    const day = toDate(divisionDate);
    if (said < day) return 'before';
    if (said > day) return 'after';
  }
  return stance.said;
}

/** Why a member and division have the verdict they have, or none. */
export type SaidVsDidBasis =
  /** Judged on what they said before the vote. */
  | 'said_before'
  /** Nothing said before the vote took a side (only after, timing not known, or mixed words). */
  | 'nothing_before'
  /** They said both things before the vote: no single promise to hold them to. */
  | 'conflicting';

export type WordsAgainstVote = { verdict: SaidVsDid | null; basis: SaidVsDidBasis };

/**
 * Rule 7 for one member and one division: a single verdict from everything they said on the division's topic
 * before the vote, however many quotes. Words said after the vote explain it and are never a promise kept or
 * broken; words whose timing is not known are not counted either.
 */
export function judgeWordsAgainstVote(
  stances: ReadonlyArray<{ position: StancePosition; timing: StanceTiming }>,
  supportingLobby: Lobby,
  vote: VotePosition,
): WordsAgainstVote {
  const sides = new Set(stances.filter((s) => s.timing === 'before' && (s.position === 'supports' || s.position === 'opposes')).map((s) => s.position));
  if (sides.size === 0) return { verdict: null, basis: 'nothing_before' };
  if (sides.size > 1) return { verdict: null, basis: 'conflicting' };
  const [position] = sides as Set<StancePosition>;
  return { verdict: judgeSaidVsDid(position as StancePosition, supportingLobby, vote), basis: 'said_before' };
}
