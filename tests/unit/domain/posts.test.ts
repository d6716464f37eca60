// Rules 5 and 6 of DOMAIN.md on constructed posts: frontbench vs payroll on the day, and when the app may
// suggest that a post was left over a division.
import { describe, expect, it } from 'vitest';
import { leftOverDivision, payrollStatusOnDate, suggestsDeparture, type PostFacts, type PostKind } from '@/lib/domain';

const DIVISION_DATE = '2023-11-15';
const post = (over: Partial<PostFacts>): PostFacts => ({
  kind: 'shadow_minister',
  startDate: '2021-12-04',
  endDate: null,
  endReason: null,
  endedOverDivisionId: null,
  ...over,
});

const KNOWN = { postsKnown: 'official', postsKnownOn: '2025-06-30' } as const;

describe('payrollStatusOnDate (rule 5, in three states)', () => {
  it.each([
    ['minister', 'frontbench'],
    ['shadow_minister', 'frontbench'],
    ['whip', 'frontbench'],
    ['spokesperson', 'frontbench'],
    ['pps', 'pps'],
    // The Leader of the Opposition leads the front bench.
    ['party_leader', 'frontbench'],
  ] as Array<[PostKind, 'frontbench' | 'pps']>)('a %s post covering the date → %s', (kind, expected) => {
    expect(payrollStatusOnDate([post({ kind })], DIVISION_DATE)).toBe(expected);
  });

  it('counts a post that ended on the division day, and not one that ended the day before', () => {
    expect(payrollStatusOnDate([post({ endDate: '2023-11-15' })], DIVISION_DATE)).toBe('frontbench');
    expect(payrollStatusOnDate([post({ endDate: '2023-11-14' })], DIVISION_DATE, KNOWN)).toBe('backbench');
    expect(payrollStatusOnDate([post({ startDate: '2023-11-16' })], DIVISION_DATE, KNOWN)).toBe('backbench');
  });

  it('says backbench only when the posts are known for the date, and "not recorded" otherwise', () => {
    expect(payrollStatusOnDate([], DIVISION_DATE)).toBe('not_recorded');
    expect(payrollStatusOnDate([], DIVISION_DATE, KNOWN)).toBe('backbench');
    expect(payrollStatusOnDate([], DIVISION_DATE, { postsKnown: 'editor', postsKnownOn: null })).toBe('backbench');
    // Known up to 30 Jun 2025: a division after that is not covered by the knowledge.
    expect(payrollStatusOnDate([], '2025-07-01', KNOWN)).toBe('not_recorded');
    expect(payrollStatusOnDate([post({ endDate: '2023-11-14' })], DIVISION_DATE)).toBe('not_recorded');
  });

  it('puts a member with a PPS post and a frontbench post on the front bench, in either order', () => {
    const both = [post({ kind: 'pps' }), post({ kind: 'whip' })];
    expect(payrollStatusOnDate(both, DIVISION_DATE)).toBe('frontbench');
    expect(payrollStatusOnDate([...both].reverse(), DIVISION_DATE)).toBe('frontbench');
  });

  it('ignores a frontbench post that does not cover the date when a PPS post does', () => {
    expect(payrollStatusOnDate([post({ kind: 'minister', endDate: '2022-07-07' }), post({ kind: 'pps' })], DIVISION_DATE)).toBe('pps');
  });
});

describe('suggestsDeparture (rule 6)', () => {
  it.each([
    ['the same day', '2023-11-15', true],
    ['the next day', '2023-11-16', true],
    ['7 days after', '2023-11-22', true],
    ['8 days after', '2023-11-23', false],
    ['the day before', '2023-11-14', false],
    ['8 days before (Imran Hussain, 7 Nov)', '2023-11-07', false],
  ])('a rebel whose post ended %s → %s', (_, endDate, expected) => {
    expect(suggestsDeparture(post({ endDate, endReason: 'resigned' }), DIVISION_DATE, true)).toBe(expected);
  });

  it('suggests nothing for a member who did not rebel', () => {
    expect(suggestsDeparture(post({ endDate: '2023-11-15', endReason: 'resigned' }), DIVISION_DATE, false)).toBe(false);
  });

  it('suggests nothing for a post already linked to a division, this one or another', () => {
    expect(suggestsDeparture(post({ endDate: '2023-11-15', endedOverDivisionId: 1666 }), DIVISION_DATE, true)).toBe(false);
    expect(suggestsDeparture(post({ endDate: '2023-11-15', endedOverDivisionId: 1667 }), DIVISION_DATE, true)).toBe(false);
  });

  it('suggests nothing for a post still held', () => {
    expect(suggestsDeparture(post({ endDate: null }), DIVISION_DATE, true)).toBe(false);
  });

  it('suggests a post that was resigned, sacked, or left in a way the sources dispute, but not a reshuffle or an election', () => {
    for (const endReason of ['resigned', 'sacked', 'unknown', null] as const) {
      expect(suggestsDeparture(post({ endDate: '2023-11-16', endReason }), DIVISION_DATE, true), String(endReason)).toBe(true);
    }
    for (const endReason of ['reshuffle', 'election'] as const) {
      expect(suggestsDeparture(post({ endDate: '2023-11-16', endReason }), DIVISION_DATE, true), endReason).toBe(false);
    }
  });
});

describe('leftOverDivision (rule 6)', () => {
  it('is true only for an ended post linked to that division', () => {
    expect(leftOverDivision(post({ endDate: '2023-11-15', endedOverDivisionId: 1666 }), 1666)).toBe(true);
    expect(leftOverDivision(post({ endDate: '2023-11-15', endedOverDivisionId: 1666 }), 1667)).toBe(false);
    expect(leftOverDivision(post({ endDate: '2023-11-15', endedOverDivisionId: null }), 1666)).toBe(false);
    expect(leftOverDivision(post({ endDate: null, endedOverDivisionId: 1666 }), 1666)).toBe(false);
  });
});
