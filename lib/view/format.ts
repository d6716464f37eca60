// Formatting for pages: dates as the UK writes them, counts with their noun. No time zone conversion:
// the record gives UK local dates and times, and they are shown as given.

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function parseDay(isoDate: string): Date | null {
  const day = isoDate.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Compares two names as an English list orders them: the same order as `a.localeCompare(b, 'en-GB')`, with one collator
 * made once rather than one each time (sorting 650 members compared names 6,000 times a page).
 */
export const compareEnglish: (a: string, b: string) => number = new Intl.Collator('en-GB').compare;

/**
 * Days already put into words by formatDate, by day. A page of votes puts a hundred or more dates into words, each a
 * new Date and a call into Intl; the record holds a few thousand days, and this is emptied should it ever hold
 * DAYS_KEPT.
 */
const daysInWords = new Map<string, string>();
const DAYS_KEPT = 50_000;

/** "15 Nov 2023". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return 'date not recorded';
  const day = isoDate.slice(0, 10);
  const known = daysInWords.get(day);
  if (known !== undefined) return known;
  const date = parseDay(day);
  if (!date) return isoDate;
  if (daysInWords.size >= DAYS_KEPT) daysInWords.clear();
  const words = dateFormat.format(date);
  daysInWords.set(day, words);
  return words;
}

/** "Wednesday, 15 November 2023". */
export function formatLongDate(isoDate: string): string {
  const date = parseDay(isoDate);
  return date ? longDateFormat.format(date) : isoDate;
}

/** "19:14" from "2023-11-15T19:14:00", or null when the record has no time. */
export function formatTime(isoDateTime: string): string | null {
  const match = /T(\d{2}):(\d{2})/.exec(isoDateTime);
  return match ? `${match[1]}:${match[2]}` : null;
}

/** "1 member", "56 members". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** "a, b and c": a list in words, as a sentence names it. */
export function listInWords(parts: ReadonlyArray<string>): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** The host of a source URL, to name a link ("theboltonnews.co.uk"). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * When a membership held, in words: "since 4 Jul 2024" or "4 Jul 2024 to 30 May 2024" for an official or editor's
 * period; "seen in the division records on 15 Nov 2023" or "seen in the division records from … to …" for one known
 * only from the records (its dates are the divisions it was seen in, not when it began or ended).
 */
export function describeMembershipDates(m: { startDate: string; endDate: string | null; datesBasis: 'official' | 'editor' | 'record' }): string {
  if (m.datesBasis === 'record') {
    const last = m.endDate ?? m.startDate;
    return last === m.startDate
      ? `seen in the division records on ${formatDate(last)}`
      : `seen in the division records from ${formatDate(m.startDate)} to ${formatDate(last)}`;
  }
  return m.endDate ? `${formatDate(m.startDate)} to ${formatDate(m.endDate)}` : `since ${formatDate(m.startDate)}`;
}
