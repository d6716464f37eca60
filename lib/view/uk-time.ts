// UK local time, both ways: the record holds Westminster's wall-clock times, the database's own moments are UTC.

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** London's wall-clock time at an instant, read as if it were UTC (milliseconds). */
function londonWallClock(instant: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/**
 * A UK wall-clock time as the record holds it ("2023-11-15T19:14:00", or a day "2023-11-15", read as its start), as
 * the instant it was: GMT in winter, BST in summer, right on the days the clocks change.
 */
export function ukLocalToUtc(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(local);
  if (!match) throw new Error(`Not a date: ${local}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // The offset at the guess, then again at the corrected instant (right across the clocks changing).
  let instant = asUtc - (londonWallClock(asUtc) - asUtc);
  instant = asUtc - (londonWallClock(instant) - instant);
  return new Date(instant);
}

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** A moment (ISO, UTC) as UK local time: "15 November 2023, 19:42 GMT", "1 July 2024, 09:05 BST". */
export function formatUkDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(timeParts.formatToParts(date).map((p) => [p.type, p.value]));
  // Node's ICU names UK summer time "BST", and winter time "GMT" (or "UTC" in some builds).
  const zone = part.timeZoneName === 'BST' || part.timeZoneName === 'GMT+1' ? 'BST' : 'GMT';
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} ${zone}`;
}
