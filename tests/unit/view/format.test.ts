import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate } from '@/lib/view/format';

describe('formatDate', () => {
  it('puts a day into words as the UK writes it, with or without a time', () => {
    expect(formatDate('2023-11-15')).toBe('15 Nov 2023');
    expect(formatDate('2023-11-15T19:14:00')).toBe('15 Nov 2023');
    expect(formatDate('2024-09-01T00:00:00')).toBe('1 Sept 2024');
  });

  it('gives the same words for a day asked for again, whichever form it came in', () => {
    const days = ['2019-12-12', '2019-12-12T22:00:00', '2019-12-13', '2019-12-12'];
    expect(days.map(formatDate)).toEqual(['12 Dec 2019', '12 Dec 2019', '13 Dec 2019', '12 Dec 2019']);
  });

  it('says when there is no date, and shows a date it cannot read as it was given', () => {
    expect(formatDate(null)).toBe('date not recorded');
    expect(formatDate(undefined)).toBe('date not recorded');
    expect(formatDate('')).toBe('date not recorded');
    expect(formatDate('November 2023')).toBe('November 2023');
    expect(formatDate('2023-13-45T10:00')).toBe('2023-13-45T10:00');
    // Asked for again, still as given: nothing unreadable is kept.
    expect(formatDate('2023-13-45')).toBe('2023-13-45');
  });
});

describe('formatLongDate', () => {
  it('names the weekday and the month in full', () => {
    expect(formatLongDate('2023-11-15')).toBe('Wednesday, 15 November 2023');
    expect(formatLongDate('not a date')).toBe('not a date');
  });
});
