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
