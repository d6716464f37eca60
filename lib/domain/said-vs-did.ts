import type { Lobby, StancePosition, VotePosition } from './types';

export type SaidVsDid = 'kept' | 'broke' | 'did_not_vote';

/**
 * Rule 7: compare what a person said on a topic with how they voted in a division linked to it.
 * A stance that is mixed or other has no verdict (null). Going through both lobbies is not a vote
 * either way, so it counts as "did not vote".
 */
export function judgeSaidVsDid(stance: StancePosition, supportingLobby: Lobby, vote: VotePosition): SaidVsDid | null {
  if (stance !== 'supports' && stance !== 'opposes') return null;
  if (vote !== 'aye' && vote !== 'no') return 'did_not_vote';
  const votedSupporting = vote === supportingLobby;
  return votedSupporting === (stance === 'supports') ? 'kept' : 'broke';
}
