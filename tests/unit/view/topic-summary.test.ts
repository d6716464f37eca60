import { describe, expect, it } from 'vitest';
import { countTopicVotes, describeTopicVotes, topicStance } from '@/lib/view/topic-summary';

// The wording rules for an MP's votes on a topic (README, "Topics"), on counts worked out by hand.

const lobbies = new Map<number, 'aye' | 'no'>([
  [1, 'aye'],
  [2, 'aye'],
  [3, 'no'],
  [4, 'aye'],
]);

describe('an MP’s votes on a topic, in words', () => {
  it('counts a vote in the supporting lobby as support, the other as against, both lobbies and absence as neither', () => {
    const count = countTopicVotes(
      [
        { divisionId: 1, position: 'aye' },
        { divisionId: 2, position: 'no' },
        { divisionId: 3, position: 'no' },
        { divisionId: 4, position: 'both' },
        { divisionId: 9, position: 'aye' },
      ],
      lobbies,
    );
    expect(count).toEqual({ support: 2, against: 1, both: 1, absent: 0 });
  });

  it.each([
    [{ support: 3, against: 0 }, 'always-support', 'Voted in support every time (3 of 3 votes)'],
    [{ support: 0, against: 2 }, 'always-against', 'Voted against every time (2 of 2 votes)'],
    [{ support: 3, against: 1 }, 'mostly-support', 'Mostly voted in support (3 of 4 votes)'],
    [{ support: 1, against: 3 }, 'mostly-against', 'Mostly voted against (1 of 4 votes in support)'],
    [{ support: 2, against: 1 }, 'mixed', 'A mix: 2 votes in support, 1 against'],
    [{ support: 2, against: 2 }, 'mixed', 'A mix: 2 votes in support, 2 against'],
    [{ support: 1, against: 0 }, 'one-support', 'Voted in support, in the one vote they cast'],
    [{ support: 0, against: 1 }, 'one-against', 'Voted against, in the one vote they cast'],
    [{ support: 0, against: 0 }, 'none', 'Did not vote on it'],
  ] as const)('%o is %s: “%s”', (votes, stance, words) => {
    const count = { ...votes, both: 0, absent: 1 };
    expect(topicStance(count)).toBe(stance);
    expect(describeTopicVotes(count)).toBe(words);
  });

  it('says when they were in both lobbies, and that two thirds is a mix, not "mostly"', () => {
    expect(describeTopicVotes({ support: 2, against: 0, both: 1, absent: 0 })).toBe('Voted in support every time (2 of 2 votes); in both lobbies 1 time');
    expect(describeTopicVotes({ support: 0, against: 0, both: 2, absent: 0 })).toBe('No vote either way (in both lobbies 2 times)');
    expect(topicStance({ support: 4, against: 2, both: 0, absent: 0 })).toBe('mixed');
    expect(topicStance({ support: 6, against: 2, both: 0, absent: 0 })).toBe('mostly-support');
  });
});

describe('the divisions behind a summary', () => {
  it('lists the divisions voted in support and against, each a link, and nothing for no vote cast', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { DivisionsBehind } = await import('@/components/topic/divisions-behind');
    const divisions = [
      { id: 1, officialId: 1666, date: '2023-11-15', supportingLobby: 'aye' as const },
      { id: 2, officialId: 1720, date: '2024-01-17', supportingLobby: 'aye' as const },
      { id: 3, officialId: 2105, date: '2025-07-01', supportingLobby: 'no' as const },
    ];
    const html = renderToStaticMarkup(createElement(DivisionsBehind, { divisions, positions: new Map([[1, 'aye'], [2, 'no'], [3, 'no']]) }));
    expect(html.replace(/<!-- -->/g, '')).toBe(
      '<span class="block text-sm text-muted">In support: <span><a href="/divisions/1666">1666</a></span><span>, <a href="/divisions/2105">2105</a></span>; against: <span><a href="/divisions/1720">1720</a></span></span>',
    );
    expect(renderToStaticMarkup(createElement(DivisionsBehind, { divisions, positions: new Map([[1, 'absent']]) }))).toBe('');
  });
});
