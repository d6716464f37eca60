/** A period with ISO dates (YYYY-MM-DD); a null start is "not known", a null end is "still running". */
export type Period = { startDate: string | null; endDate: string | null };

/** The calendar date of an ISO date or date-time ("2023-11-15T19:14:00" → "2023-11-15"). */
export function toDate(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/**
 * Does the period cover the date? Comparisons are by calendar day: a post that ended on the day of a
 * division still covers it, because the record does not say at what time it ended.
 */
export function periodCovers(period: Period, date: string): boolean {
  const day = toDate(date);
  if (period.startDate !== null && toDate(period.startDate) > day) return false;
  if (period.endDate !== null && toDate(period.endDate) < day) return false;
  return true;
}

/** Whole days from a to b (b later gives a positive number). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${toDate(b)}T00:00:00Z`) - Date.parse(`${toDate(a)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
