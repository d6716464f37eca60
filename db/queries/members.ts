import 'server-only';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { constituencies, memberships, parties, persons, type MembershipDateBasis } from '@/db/schema';

// The list of MPs. A person's row shows their latest Commons membership (the correlated subquery walks
// memberships_person_start_idx backwards, one row per person).

export type MemberListItem = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  partyId: number;
  constituencyName: string | null;
  startDate: string;
  endDate: string | null;
  datesBasis: MembershipDateBasis;
};

const latest = alias(memberships, 'latest');

function latestMembershipJoin(): SQL {
  return sql`${memberships.id} = (
    SELECT ${latest.id} FROM ${memberships} AS ${sql.identifier('latest')}
    WHERE ${latest.personId} = ${persons.id} AND ${latest.house} = 'commons'
    ORDER BY ${latest.startDate} DESC, ${latest.id} DESC LIMIT 1
  )`;
}

/** Escapes LIKE wildcards so that a search for "50%" means those characters. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * MPs whose name or constituency contains `query` (case-insensitive for ASCII, as SQLite's LIKE is),
 * optionally of one party, ordered as Parliament lists them.
 */
export function searchMembers(filters: { query?: string; partyId?: number }): MemberListItem[] {
  const conditions: SQL[] = [latestMembershipJoin()];
  if (filters.query) {
    const pattern = likeContains(filters.query);
    conditions.push(
      sql`(${persons.name} LIKE ${pattern} ESCAPE '\\' OR ${constituencies.name} LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  if (filters.partyId !== undefined) conditions.push(eq(memberships.partyId, filters.partyId));
  return getDb()
    .select({
      personId: persons.id,
      parliamentId: persons.parliamentId,
      name: persons.name,
      sortName: persons.sortName,
      partyId: memberships.partyId,
      constituencyName: constituencies.name,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      datesBasis: memberships.datesBasis,
    })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
    .where(and(...conditions))
    .orderBy(asc(persons.sortName))
    .all();
}

export type PartyMemberCount = { partyId: number; members: number };

/** How many MPs each party has, counting each person's latest membership once. */
export function countMembersByParty(): PartyMemberCount[] {
  return getDb()
    .select({ partyId: parties.id, members: count() })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .innerJoin(parties, eq(parties.id, memberships.partyId))
    .where(latestMembershipJoin())
    .groupBy(parties.id)
    .all();
}
