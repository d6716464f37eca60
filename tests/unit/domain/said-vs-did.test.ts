// Rule 7 of DOMAIN.md: kept (supports + supporting lobby, or opposes + the other), broke (the opposite),
// or did not vote; a mixed or other stance has no verdict.
import { describe, expect, it } from 'vitest';
import { judgeSaidVsDid, type Lobby, type SaidVsDid, type StancePosition, type VotePosition } from '@/lib/domain';

describe('judgeSaidVsDid (rule 7)', () => {
  const table: Array<[StancePosition, Lobby, VotePosition, SaidVsDid | null]> = [
    ['supports', 'aye', 'aye', 'kept'],
    ['supports', 'aye', 'no', 'broke'],
    ['opposes', 'aye', 'no', 'kept'],
    ['opposes', 'aye', 'aye', 'broke'],
    // A topic whose supporting lobby is no (e.g. a motion against the position).
    ['supports', 'no', 'no', 'kept'],
    ['supports', 'no', 'aye', 'broke'],
    ['opposes', 'no', 'aye', 'kept'],
    ['opposes', 'no', 'no', 'broke'],
    // Not a vote either way.
    ['supports', 'aye', 'absent', 'did_not_vote'],
    ['opposes', 'aye', 'absent', 'did_not_vote'],
    ['supports', 'aye', 'both', 'did_not_vote'],
    ['opposes', 'no', 'both', 'did_not_vote'],
    // No clear position, no verdict.
    ['mixed', 'aye', 'aye', null],
    ['mixed', 'aye', 'absent', null],
    ['other', 'no', 'no', null],
  ];

  it.each(table)('%s, supporting lobby %s, voted %s → %s', (stance, lobby, vote, expected) => {
    expect(judgeSaidVsDid(stance, lobby, vote)).toBe(expected);
  });
});
