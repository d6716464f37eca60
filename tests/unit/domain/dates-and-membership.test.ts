// Dates (by calendar day) and rule 2 of DOMAIN.md: the party on the day, where a change of party or a
// suspended whip starts a new membership period.
import { describe, expect, it } from 'vitest';
import { daysBetween, membershipOnDate, periodCovers, toDate, type MembershipPeriod } from '@/lib/domain';

describe('toDate', () => {
  it('takes the calendar date of a date-time', () => {
    expect(toDate('2023-11-15T19:14:00')).toBe('2023-11-15');
    expect(toDate('2023-11-15')).toBe('2023-11-15');
  });
});

describe('periodCovers', () => {
  const period = { startDate: '2023-01-10', endDate: '2023-11-15' };

  it('includes both end days and excludes the days outside', () => {
    expect(periodCovers(period, '2023-01-10')).toBe(true);
    expect(periodCovers(period, '2023-06-01')).toBe(true);
    expect(periodCovers(period, '2023-11-15')).toBe(true);
    expect(periodCovers(period, '2023-01-09')).toBe(false);
    expect(periodCovers(period, '2023-11-16')).toBe(false);
  });

  it('compares by calendar day: a post that ended on the day covers an evening division', () => {
    expect(periodCovers(period, '2023-11-15T19:14:00')).toBe(true);
    expect(periodCovers({ startDate: '2023-11-15T20:00:00', endDate: null }, '2023-11-15T19:14:00')).toBe(true);
  });

  it('treats a null start as unknown (open) and a null end as still running', () => {
    expect(periodCovers({ startDate: null, endDate: '2023-11-15' }, '1990-01-01')).toBe(true);
    expect(periodCovers({ startDate: null, endDate: '2023-11-15' }, '2023-11-16')).toBe(false);
    expect(periodCovers({ startDate: '2023-11-15', endDate: null }, '2030-01-01')).toBe(true);
    expect(periodCovers({ startDate: '2023-11-15', endDate: null }, '2023-11-14')).toBe(false);
    expect(periodCovers({ startDate: null, endDate: null }, '2023-11-15')).toBe(true);
  });
});

describe('daysBetween', () => {
  it('counts whole days, positive when the second date is later', () => {
    expect(daysBetween('2023-11-15', '2023-11-15')).toBe(0);
    expect(daysBetween('2023-11-15', '2023-11-22')).toBe(7);
    expect(daysBetween('2023-11-15', '2023-11-07')).toBe(-8);
  });

  it('ignores the time of day and crosses month, year, leap day and clock changes', () => {
    expect(daysBetween('2023-11-15T19:14:00', '2023-11-16T00:30:00')).toBe(1);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-03-25', '2023-03-27')).toBe(2); // UK clocks went forward on 26 Mar 2023
    expect(daysBetween('2023-10-28', '2023-10-30')).toBe(2); // and back on 29 Oct 2023
  });
});

describe('membershipOnDate (rule 2)', () => {
  type M = MembershipPeriod & { label: string };
  const LABOUR = 1;
  const INDEPENDENT = 2;
  // A suspended whip starts a new period: Labour until 18 Apr 2023, Independent from 19 Apr 2023.
  const switched: M[] = [
    { label: 'Labour', partyId: LABOUR, constituencyId: 7, startDate: '2019-12-12', endDate: '2023-04-18' },
    { label: 'Independent', partyId: INDEPENDENT, constituencyId: 7, startDate: '2023-04-19', endDate: null },
  ];

  it('chooses the party the member had on the division date, not today', () => {
    expect(membershipOnDate(switched, '2023-11-15')?.label).toBe('Independent');
    expect(membershipOnDate(switched, '2023-01-01')?.label).toBe('Labour');
    expect(membershipOnDate(switched, '2023-04-18')?.label).toBe('Labour');
    expect(membershipOnDate(switched, '2023-04-19')?.label).toBe('Independent');
  });

  it('does not depend on the order the periods are given in', () => {
    const reversed = [...switched].reverse();
    expect(membershipOnDate(reversed, '2023-11-15')?.label).toBe('Independent');
    expect(membershipOnDate(reversed, '2023-01-01')?.label).toBe('Labour');
  });

  it('returns null outside every period', () => {
    expect(membershipOnDate(switched, '2019-12-11')).toBeNull();
    expect(membershipOnDate([], '2023-11-15')).toBeNull();
  });

  it('lets the later-starting period win where an editor’s correction overlaps an imported one', () => {
    const overlapping: M[] = [
      { label: 'imported', partyId: LABOUR, constituencyId: 7, startDate: null, endDate: null },
      { label: 'correction', partyId: INDEPENDENT, constituencyId: 7, startDate: '2023-04-19', endDate: null },
    ];
    expect(membershipOnDate(overlapping, '2023-11-15')?.label).toBe('correction');
    expect(membershipOnDate(overlapping, '2023-01-01')?.label).toBe('imported');
    expect(membershipOnDate([...overlapping].reverse(), '2023-11-15')?.label).toBe('correction');
  });
});
