import { periodCovers, type Period } from './dates';

export type MembershipPeriod = Period & { partyId: number; constituencyId: number | null };

/**
 * Rule 2: the membership in force on a date. Where periods overlap (an editor's correction over an
 * imported record), the one that started last wins.
 */
export function membershipOnDate<M extends MembershipPeriod>(memberships: ReadonlyArray<M>, date: string): M | null {
  let found: M | null = null;
  for (const m of memberships) {
    if (!periodCovers(m, date)) continue;
    if (found === null || (m.startDate ?? '') > (found.startDate ?? '')) found = m;
  }
  return found;
}

export type PartyPeriod = { personId: number; partyId: number; startDate: string; endDate: string | null };

/**
 * How many people each party had seated on a date, from membership periods: a function of (party, date),
 * for counting across many divisions at once. Each person counts once a party however many of their periods
 * overlap (an editor's correction over an imported record). Periods are by calendar day, ends included.
 */
export function seatedCounter(periods: ReadonlyArray<PartyPeriod>): (partyId: number, date: string) => number {
  // Merge each person's overlapping or touching periods in a party, then keep sorted starts and ends per party:
  // seated on d = periods started on or before d − periods ended before d.
  const byPersonParty = new Map<string, { startDate: string; endDate: string | null }[]>();
  for (const p of periods) {
    const key = `${p.partyId}:${p.personId}`;
    const list = byPersonParty.get(key) ?? [];
    list.push({ startDate: p.startDate.slice(0, 10), endDate: p.endDate?.slice(0, 10) ?? null });
    byPersonParty.set(key, list);
  }
  const starts = new Map<number, string[]>();
  const ends = new Map<number, string[]>();
  for (const [key, list] of byPersonParty) {
    const partyId = Number(key.slice(0, key.indexOf(':')));
    list.sort((a, b) => a.startDate.localeCompare(b.startDate));
    const merged: { startDate: string; endDate: string | null }[] = [];
    for (const period of list) {
      const last = merged.at(-1);
      if (last && (last.endDate === null || last.endDate >= period.startDate)) {
        if (last.endDate !== null && (period.endDate === null || period.endDate > last.endDate)) last.endDate = period.endDate;
      } else {
        merged.push({ ...period });
      }
    }
    for (const m of merged) {
      (starts.get(partyId) ?? starts.set(partyId, []).get(partyId)!).push(m.startDate);
      if (m.endDate !== null) (ends.get(partyId) ?? ends.set(partyId, []).get(partyId)!).push(m.endDate);
    }
  }
  for (const list of [...starts.values(), ...ends.values()]) list.sort();
  /** How many of the sorted values are ≤ (or < when `strict`) the date. */
  const countUpTo = (values: ReadonlyArray<string>, date: string, strict: boolean) => {
    let low = 0;
    let high = values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (strict ? values[mid]! < date : values[mid]! <= date) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return (partyId, date) => {
    const day = date.slice(0, 10);
    return countUpTo(starts.get(partyId) ?? [], day, false) - countUpTo(ends.get(partyId) ?? [], day, true);
  };
}
