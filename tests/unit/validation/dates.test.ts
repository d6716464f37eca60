import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  formatUkDate,
  optionalDateField,
  parseUkDate,
  readUkDate,
  readUkDateTime,
  requiredDateField,
  toUkDateText,
} from '@/lib/validation/dates';

describe('dates as editors type them', () => {
  it.each([
    '2023-11-15',
    '15/11/2023',
    '15/11/23',
    '15.11.2023',
    '15-11-2023',
    '15 November 2023',
    '15 Nov 2023',
    '15 nov 2023',
    '15th November 2023',
    '15 Nov. 2023',
    'Wednesday 15 November 2023',
    'November 15, 2023',
    '  15 / 11 / 2023  '.replace(/ \/ /g, '/'),
  ])('reads %s as 15 November 2023', (text) => {
    expect(parseUkDate(text)).toBe('2023-11-15');
  });

  it('reads numbers day first, as in Britain, and two-digit years in this century up to 49', () => {
    expect(parseUkDate('01/02/2023')).toBe('2023-02-01');
    expect(parseUkDate('1/2/2023')).toBe('2023-02-01');
    expect(parseUkDate('12/03/62')).toBe('1962-03-12');
    expect(parseUkDate('4 Sept 2023')).toBe('2023-09-04');
  });

  it('tells a day that does not exist from text that is not a date', () => {
    expect(readUkDate('31/02/2023')).toEqual({ ok: false, reason: 'impossible' });
    expect(readUkDate('29/02/2023')).toEqual({ ok: false, reason: 'impossible' });
    expect(readUkDate('2023-02-30')).toEqual({ ok: false, reason: 'impossible' });
    expect(readUkDate('15/13/2023')).toEqual({ ok: false, reason: 'impossible' });
    expect(readUkDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    for (const text of ['', 'yesterday', '15 Novembre 2023', '2023/11/15/1', '15/11', '11/15/2023 extra']) {
      expect(parseUkDate(text)).toBeNull();
    }
    // Month-first American dates are read day first; where that is impossible they are refused, not swapped.
    expect(readUkDate('11/15/2023')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('reads a date and a time for a division', () => {
    expect(readUkDateTime('15/11/2023 19:14')).toEqual({ ok: true, value: '2023-11-15T19:14:00' });
    expect(readUkDateTime('2023-11-15T19:14')).toEqual({ ok: true, value: '2023-11-15T19:14:00' });
    expect(readUkDateTime('15 November 2023 at 19.14')).toEqual({ ok: true, value: '2023-11-15T19:14:00' });
    expect(readUkDateTime('15/11/2023')).toEqual({ ok: false, reason: 'no_time' });
    expect(readUkDateTime('15/11/2023 24:00')).toEqual({ ok: false, reason: 'impossible' });
    expect(readUkDateTime('31/02/2023 19:14')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('shows a saved date the British way', () => {
    expect(toUkDateText('2023-11-15')).toBe('15/11/2023');
    expect(toUkDateText('2023-11-15T19:14')).toBe('15/11/2023 19:14');
    expect(toUkDateText('2023-11-15T19:14:05')).toBe('15/11/2023 19:14:05');
    expect(toUkDateText('15/11/2023')).toBe('15/11/2023');
    expect(formatUkDate('2023-11-05')).toBe('5 November 2023');
  });
});

describe('the date field’s messages', () => {
  const said = optionalDateField('Date said');
  const started = requiredDateField('The start date', 'Enter the date the period started');
  const message = (result: { error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((i) => i.message);

  it('gives ISO dates, and null for an empty optional field', () => {
    expect(said.parse('15/11/2023')).toBe('2023-11-15');
    expect(said.parse(undefined)).toBeNull();
    expect(said.parse(null)).toBeNull();
    expect(started.parse('15 Nov 2023')).toBe('2023-11-15');
  });

  it('names the field, in plain words, for a missing, unreadable or impossible date', () => {
    expect(message(started.safeParse(undefined))).toEqual(['Enter the date the period started']);
    expect(message(started.safeParse('  '))).toEqual(['Enter the date the period started']);
    expect(message(said.safeParse('next week'))).toEqual(['Date said must be a real date, like 15/11/2023']);
    expect(message(said.safeParse('31/02/2023'))).toEqual(['Date said must be a real date, like 15/11/2023 (“31/02/2023” is not a day on the calendar)']);
    expect(dateProblem('Date said', '15/11/2023')).toBeNull();
  });
});
