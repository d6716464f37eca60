// Rule 1 of DOMAIN.md on constructed listings: tellers count on their side, both lobbies is `both`,
// unlisted or "no vote recorded" is `absent`; official counts exclude tellers.
import { describe, expect, it } from 'vitest';
import { compareCounts, countNamesRecorded, effectiveVote, type DivisionListing, type EffectiveVote } from '@/lib/domain';

const NOT_LISTED: DivisionListing = { inAyes: false, inNoes: false, tellerForAyes: false, tellerForNoes: false };
const listing = (over: Partial<DivisionListing>): DivisionListing => ({ ...NOT_LISTED, ...over });

describe('effectiveVote (rule 1)', () => {
  it.each([
    ['listed in Ayes', { inAyes: true }, { position: 'aye', isTeller: false }],
    ['listed in Noes', { inNoes: true }, { position: 'no', isTeller: false }],
    ['teller for the ayes', { tellerForAyes: true }, { position: 'aye', isTeller: true }],
    ['teller for the noes', { tellerForNoes: true }, { position: 'no', isTeller: true }],
    ['listed in both Ayes and Noes', { inAyes: true, inNoes: true }, { position: 'both', isTeller: false }],
    ['teller for the ayes and listed in Noes', { tellerForAyes: true, inNoes: true }, { position: 'both', isTeller: true }],
    ['teller for the noes and listed in Ayes', { tellerForNoes: true, inAyes: true }, { position: 'both', isTeller: true }],
    ['not listed at all (or only under NoVoteRecorded)', {}, { position: 'absent', isTeller: false }],
  ] as Array<[string, Partial<DivisionListing>, EffectiveVote]>)('%s', (_, over, expected) => {
    expect(effectiveVote(listing(over))).toEqual(expected);
  });
});

describe('countNamesRecorded and compareCounts (rule 1)', () => {
  const aye: EffectiveVote = { position: 'aye', isTeller: false };
  const no: EffectiveVote = { position: 'no', isTeller: false };

  it('leaves tellers out, as the official counts do', () => {
    const votes: EffectiveVote[] = [aye, aye, no, { position: 'aye', isTeller: true }, { position: 'no', isTeller: true }];
    expect(countNamesRecorded(votes)).toEqual({ ayes: 2, noes: 1 });
  });

  it('counts a member listed in both lobbies once in each, and an absent member in neither', () => {
    expect(countNamesRecorded([{ position: 'both', isTeller: false }, { position: 'absent', isTeller: false }])).toEqual({
      ayes: 1,
      noes: 1,
    });
  });

  it('flags a difference in either lobby and not when the counts agree', () => {
    expect(compareCounts({ ayes: 125, noes: 293 }, { ayes: 125, noes: 294 }).differs).toBe(true);
    expect(compareCounts({ ayes: 124, noes: 294 }, { ayes: 125, noes: 294 }).differs).toBe(true);
    expect(compareCounts({ ayes: 125, noes: 294 }, { ayes: 125, noes: 294 }).differs).toBe(false);
  });
});
