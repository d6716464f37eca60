import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { constituencies, memberships, parties } from '@/db/schema';
import { sourcesToText } from '@/lib/validation/common';
import { personRef } from './lookup';

export type Option = { value: string; label: string };

/** A membership as its edit form shows it. */
export function membershipFormValues(row: typeof memberships.$inferSelect): Record<string, string> {
  return {
    person: personRef(row.personId),
    house: row.house,
    party: String(row.partyId),
    constituency: row.constituencyId === null ? '' : String(row.constituencyId),
    startDate: row.startDate,
    endDate: row.endDate ?? '',
    endReason: row.endReason ?? '',
    // A membership seen only in the division records becomes the editor's once they save it.
    datesBasis: row.datesBasis === 'record' ? 'editor' : row.datesBasis,
    sources: sourcesToText(row.sources),
    version: row.updatedAt,
  };
}

export function getMembershipForEdit(id: number): { id: number; personId: number; values: Record<string, string> } | null {
  const row = getDb().select().from(memberships).where(eq(memberships.id, id)).get();
  return row ? { id: row.id, personId: row.personId, values: membershipFormValues(row) } : null;
}

/** Every party, by name, for a select. */
export function listPartyOptions(): Option[] {
  return getDb()
    .select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation })
    .from(parties)
    .orderBy(asc(parties.name))
    .all()
    .map((p) => ({ value: String(p.id), label: p.name === p.abbreviation ? p.name : `${p.name} (${p.abbreviation})` }));
}

/** Every seat with its boundary period ("Bolton South East, 2010–2024 boundaries"), by name. */
export function listConstituencyOptions(): Option[] {
  return getDb()
    .select({ id: constituencies.id, name: constituencies.name, validFrom: constituencies.validFrom, validTo: constituencies.validTo })
    .from(constituencies)
    .orderBy(asc(constituencies.name), asc(constituencies.validFrom))
    .all()
    .map((c) => ({ value: String(c.id), label: `${c.name}, ${c.validFrom.slice(0, 4)}–${c.validTo ? c.validTo.slice(0, 4) : 'now'} boundaries` }));
}
