import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships } from '@/db/schema';
import { versionMemo } from '@/db/version-memo';
import { seatedCounter } from '@/lib/domain';

/** How many members of a party sat on a day, by their memberships: rule 4's denominator where a record lists fewer. */
export type SeatedOnDay = (partyId: number, date: string) => number;

/** One counter for every party, made from all Commons memberships (a few thousand rows) and kept until the data changes. */
const counterMemo = versionMemo<'commons', SeatedOnDay>({ maxEntries: 1 });

/**
 * Members seated per party and day, for any number of divisions: every Commons membership read in one query and
 * counted in memory (seatedCounter in lib/domain), kept until the data changes (db/version-memo.ts) so that a page
 * pays for it once per edit, not once per request. The division's own record usually lists every member; this
 * covers records that list only those who voted (seatedMembers takes the larger).
 */
export function readSeatedOnDays(): SeatedOnDay {
  return counterMemo('commons', () =>
    seatedCounter(
      getDb()
        .select({ personId: memberships.personId, partyId: memberships.partyId, startDate: memberships.startDate, endDate: memberships.endDate })
        .from(memberships)
        .where(eq(memberships.house, 'commons'))
        .all(),
    ),
  );
}

/** The same for one day and the parties asked about, as the map analyseDivision takes. */
export function readSeatedByParty(partyIds: Iterable<number>, date: string): Map<number, number> {
  const seated = readSeatedOnDays();
  return new Map([...new Set(partyIds)].map((id) => [id, seated(id, date)]));
}
