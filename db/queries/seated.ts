import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships } from '@/db/schema';
import { seatedCounter } from '@/lib/domain';

/** How many members of a party sat on a day, by their memberships: rule 4's denominator where a record lists fewer. */
export type SeatedOnDay = (partyId: number, date: string) => number;

/**
 * Members seated per party and day, for any number of divisions, in one query: the memberships of the parties
 * asked about, counted in memory (seatedCounter in lib/domain). The division's own record usually lists every
 * member; this covers records that list only those who voted (seatedMembers takes the larger).
 */
export function readSeatedOnDays(partyIds: Iterable<number>): SeatedOnDay {
  const ids = [...new Set(partyIds)];
  if (ids.length === 0) return () => 0;
  const periods = getDb()
    .select({ personId: memberships.personId, partyId: memberships.partyId, startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .where(and(eq(memberships.house, 'commons'), inArray(memberships.partyId, ids)))
    .all();
  return seatedCounter(periods);
}

/** The same for one day, as the map analyseDivision takes. */
export function readSeatedByParty(partyIds: Iterable<number>, date: string): Map<number, number> {
  const ids = [...new Set(partyIds)];
  const seated = readSeatedOnDays(ids);
  return new Map(ids.map((id) => [id, seated(id, date)]));
}
