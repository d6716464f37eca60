import type { Lobby, VotePosition } from '@/lib/domain/types';

// Pure: how an MP voted on a topic, in words, from the topic's divisions and the lobby that supports it in each.
// The rules (README, "Topics"): only votes cast in one lobby count; "every time" needs at least two such votes,
// "mostly" at least three quarters of them one way, and anything between is "a mix". The counts always show.

export type TopicVoteCount = {
  /** Votes in the lobby that supports the topic. */
  support: number;
  /** Votes in the other lobby. */
  against: number;
  /** Divisions in which they were in both lobbies (counted neither way). */
  both: number;
  /** Divisions of the topic in which they are recorded as not voting. */
  absent: number;
};

export type TopicStance = 'always-support' | 'mostly-support' | 'mixed' | 'mostly-against' | 'always-against' | 'one-support' | 'one-against' | 'none';

/** Counts one MP's votes on a topic: `lobbies` is each division's supporting lobby. */
export function countTopicVotes(votes: ReadonlyArray<{ divisionId: number; position: VotePosition }>, lobbies: ReadonlyMap<number, Lobby>): TopicVoteCount {
  const count: TopicVoteCount = { support: 0, against: 0, both: 0, absent: 0 };
  for (const vote of votes) {
    const lobby = lobbies.get(vote.divisionId);
    if (!lobby) continue;
    if (vote.position === 'both') count.both += 1;
    else if (vote.position === 'absent') count.absent += 1;
    else if (vote.position === lobby) count.support += 1;
    else count.against += 1;
  }
  return count;
}

/** The wording rule, as a category. */
export function topicStance(count: TopicVoteCount): TopicStance {
  const cast = count.support + count.against;
  if (cast === 0) return 'none';
  if (cast === 1) return count.support === 1 ? 'one-support' : 'one-against';
  if (count.against === 0) return 'always-support';
  if (count.support === 0) return 'always-against';
  if (count.support / cast >= 0.75) return 'mostly-support';
  if (count.against / cast >= 0.75) return 'mostly-against';
  return 'mixed';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The summary in plain English, counts included: "Voted in support every time (3 of 3 votes)", "Mostly voted
 * against (1 of 4 votes in support)", "A mix: 2 votes in support, 2 against".
 */
export function describeTopicVotes(count: TopicVoteCount): string {
  const cast = count.support + count.against;
  const tail = count.both > 0 ? `; in both lobbies ${plural(count.both, 'time')}` : '';
  switch (topicStance(count)) {
    case 'none':
      return count.both > 0 ? `No vote either way (in both lobbies ${plural(count.both, 'time')})` : 'Did not vote on it';
    case 'one-support':
      return `Voted in support, in the one vote they cast${tail}`;
    case 'one-against':
      return `Voted against, in the one vote they cast${tail}`;
    case 'always-support':
      return `Voted in support every time (${count.support} of ${plural(cast, 'vote')})${tail}`;
    case 'always-against':
      return `Voted against every time (${count.against} of ${plural(cast, 'vote')})${tail}`;
    case 'mostly-support':
      return `Mostly voted in support (${count.support} of ${plural(cast, 'vote')})${tail}`;
    case 'mostly-against':
      return `Mostly voted against (${count.support} of ${plural(cast, 'vote')} in support)${tail}`;
    case 'mixed':
      return `A mix: ${plural(count.support, 'vote')} in support, ${count.against} against${tail}`;
  }
}
