import { z } from 'zod';

// Dates as editors type them. British editors write 15/11/2023, 15.11.2023 or "15 November 2023"; a date
// picker sends 2023-11-15. Every form, the CSV importers and the API read dates through here, so that each
// accepts the same forms, refuses the same impossible days (31/02/2023) and stores ISO (YYYY-MM-DD).

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "nov", "november", "sept": a month's name or its first three letters (and "sept"), in any case. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word === 'sept') return 9;
  const index = MONTHS.findIndex((month) => month === word || (word.length === 3 && month.startsWith(word)));
  return index === -1 ? null : index + 1;
}

/**
 * Two-digit years are this century up to 49 and the last from 50 (15/11/23 is 2023, 12/03/62 is 1962): the
 * record runs from the 1990s, and a birth year typed as two digits is from the last century.
 */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether the day exists: February 2023 has no 29th, April no 31st. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export type DateReading = { ok: true; iso: string } | { ok: false; reason: 'unreadable' | 'impossible' };

/**
 * Reads a date as an editor may type it: 2023-11-15, 15/11/2023, 15/11/23, 15.11.2023, 15-11-2023,
 * "15 November 2023", "15 Nov 2023", "15th Nov. 2023", "Wednesday 15 November 2023", "November 15, 2023".
 * `unreadable` when it is not a date in any of these forms, `impossible` when it names a day that does not
 * exist (31/02/2023). Numbers are day first, as in Britain: 01/02/2023 is 1 February.
 */
export function readUkDate(text: string): DateReading {
  const cleaned = text
    .trim()
    .replace(/\s+/g, ' ')
    // A weekday in front ("Wednesday 15 November 2023", "Wed, 15 Nov 2023") says nothing the date does not.
    .replace(/^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? /i, '');
  let year: number;
  let month: number;
  let day: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(cleaned))) {
    [day, month, year] = [Number(match[1]), Number(match[3]), fullYear(match[4]!)];
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?),? (\d{4})$/i.exec(cleaned))) {
    const named = monthNumber(match[2]!);
    if (named === null) return { ok: false, reason: 'unreadable' };
    [day, month, year] = [Number(match[1]), named, Number(match[3])];
  } else if ((match = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(cleaned))) {
    const named = monthNumber(match[1]!);
    if (named === null) return { ok: false, reason: 'unreadable' };
    [day, month, year] = [Number(match[2]), named, Number(match[3])];
  } else {
    return { ok: false, reason: 'unreadable' };
  }
  if (year < 1000) return { ok: false, reason: 'unreadable' };
  if (!isRealDay(year, month, day)) return { ok: false, reason: 'impossible' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** The ISO date (YYYY-MM-DD) for a date typed in any form readUkDate reads, or null. */
export function parseUkDate(text: string): string | null {
  const reading = readUkDate(text);
  return reading.ok ? reading.iso : null;
}

/**
 * A date and a time of day, "15/11/2023 19:14", "15 November 2023 19:14:05" or "2023-11-15T19:14" (as a
 * datetime-local field sends it): the date in any form readUkDate reads, the time on the 24-hour clock. Gives
 * "2023-11-15T19:14:00", or why not.
 */
export function readUkDateTime(text: string): { ok: true; value: string } | { ok: false; reason: 'unreadable' | 'impossible' | 'no_time' } {
  const match = /^(.+?)(?:T|\s+(?:at\s+)?)(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/i.exec(text.trim());
  if (!match) return readUkDate(text).ok ? { ok: false, reason: 'no_time' } : { ok: false, reason: 'unreadable' };
  const date = readUkDate(match[1]!);
  if (!date.ok) return date;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? '0')];
  if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false, reason: 'impossible' };
  return { ok: true, value: `${date.iso}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}` };
}

/** "15/11/2023" for 2023-11-15 (and "15/11/2023 19:14" for 2023-11-15T19:14:00): how a form shows a saved date. */
export function toUkDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day, hours, minutes, seconds] = match;
  const time = hours === undefined ? '' : ` ${hours}:${minutes}${seconds && seconds !== '00' ? `:${seconds}` : ''}`;
  return `${day}/${month}/${year}${time}`;
}

/** "15 November 2023" for 2023-11-15: how the site writes a date. */
export function formatUkDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${year}`;
}

/** The example every date message and hint gives. */
export const DATE_EXAMPLE = '15/11/2023';

/** "Date said must be a real date, like 15/11/2023": the one message for a date that cannot be read or does not exist. */
export const notADateMessage = (label: string) => `${label} must be a real date, like ${DATE_EXAMPLE}`;

/** The message for a date, or null when it reads: for importers that report line by line. */
export function dateProblem(label: string, text: string): string | null {
  const reading = readUkDate(text);
  if (reading.ok) return null;
  return reading.reason === 'impossible'
    ? `${notADateMessage(label)} (“${text.trim()}” is not a day on the calendar)`
    : notADateMessage(label);
}

const readInto = (label: string) => (text: string, ctx: z.RefinementCtx) => {
  const problem = dateProblem(label, text);
  if (problem !== null) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return parseUkDate(text)!;
};

/**
 * A date field that must be filled. `label` names the field in messages ("Date said"); `missing` is what to
 * say when it is empty ("Enter the date the statement was made"). Gives the ISO date.
 */
export const requiredDateField = (label: string, missing: string) =>
  z.string(missing).trim().min(1, missing).transform(readInto(label));

/** A date field that may be left empty (gives null). */
export const optionalDateField = (label: string) =>
  z
    .string(`${label} must be a date, like ${DATE_EXAMPLE}`)
    .trim()
    .optional()
    .nullable()
    .transform((text, ctx) => (text ? readInto(label)(text, ctx) : null));

/** The hint beside every date field. */
export const DATE_HINT = `For example, ${DATE_EXAMPLE} or 15 November 2023`;
