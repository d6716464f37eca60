import 'server-only';
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { versionMemo } from '@/db/version-memo';
import { constituencies, memberships, parties, persons, type MembershipDateBasis } from '@/db/schema';
import { searchIndex, searchNearest, searchPeopleWithSeats, type SearchHit } from './search';

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

/**
 * The people a search names, with how well each matched: directly by name, or through a constituency
 * they have sat for (db/queries/search.ts does the full-text and spelling work).
 */
function findPersonMatches(query: string, found: ReadonlyArray<SearchHit> = searchIndex(query)): Map<number, number> {
  // A name and a place together ("Qureshi Bolton") when neither alone answers.
  const hits = found.length > 0 ? found : searchPeopleWithSeats(query);
  const scores = new Map<number, number>();
  const keepBest = (personId: number, score: number) => scores.set(personId, Math.max(score, scores.get(personId) ?? 0));
  const seatScores = new Map<number, number>();
  for (const hit of hits) {
    if (hit.kind === 'person') keepBest(hit.refId, hit.score);
    else seatScores.set(hit.refId, hit.score);
  }
  if (seatScores.size > 0) {
    const sitting = getDb()
      .selectDistinct({ personId: memberships.personId, constituencyId: sql<number>`${memberships.constituencyId}` })
      .from(memberships)
      .where(and(eq(memberships.house, 'commons'), inArray(memberships.constituencyId, [...seatScores.keys()])))
      .all();
    for (const row of sitting) keepBest(row.personId, seatScores.get(row.constituencyId) ?? 0);
  }
  return scores;
}

function selectMembers(conditions: SQL[]): MemberListItem[] {
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
    .where(and(latestMembershipJoin(), ...conditions))
    .orderBy(asc(persons.sortName))
    .all();
}

/**
 * MPs whose name or constituency matches `query` (full text, partial words and small typos allowed),
 * optionally of one party. With a query, the best matches come first; without, Parliament's order. `hits`: the
 * query's searchIndex hits when the caller has them already (the site search).
 */
export function searchMembers(filters: { query?: string; partyId?: number; hits?: ReadonlyArray<SearchHit> }): MemberListItem[] {
  const conditions: SQL[] = [];
  if (filters.partyId !== undefined) conditions.push(eq(memberships.partyId, filters.partyId));
  if (!filters.query) return selectMembers(conditions);
  const scores = findPersonMatches(filters.query, filters.hits);
  if (scores.size === 0) return [];
  const members = selectMembers([...conditions, inArray(persons.id, [...scores.keys()])]);
  // The sort is stable: equal scores keep the surname order of the query.
  return members.sort((a, b) => (scores.get(b.personId) ?? 0) - (scores.get(a.personId) ?? 0));
}

const constituencyColumns = {
  id: constituencies.id,
  parliamentId: constituencies.parliamentId,
  name: constituencies.name,
  validFrom: constituencies.validFrom,
  validTo: constituencies.validTo,
};

export type ConstituencyMatch = { id: number; parliamentId: number | null; name: string; validFrom: string; validTo: string | null };

/** Seats we hold with this official id or exactly this name (any boundary period), latest period first. */
export function findConstituencies(match: { parliamentId?: number | null; name: string }): ConstituencyMatch[] {
  const byName = sql`lower(${constituencies.name}) = lower(${match.name})`;
  return getDb()
    .select(constituencyColumns)
    .from(constituencies)
    .where(match.parliamentId ? or(eq(constituencies.parliamentId, match.parliamentId), byName) : byName)
    .orderBy(sql`${constituencies.validFrom} DESC`)
    .all();
}

/** Seats whose names are nearest to `name`, for a postcode whose seat we do not hold. */
export function findNearestConstituencies(name: string, limit = 5): ConstituencyMatch[] {
  const hits = searchNearest(name, { kinds: ['constituency'] }).slice(0, limit);
  if (hits.length === 0) return [];
  const rows = getDb()
    .select(constituencyColumns)
    .from(constituencies)
    .where(inArray(constituencies.id, hits.map((h) => h.refId)))
    .all();
  const order = new Map(hits.map((h, i) => [h.refId, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The MPs whose latest membership is for one of these seats. */
export function listMembersForConstituencies(constituencyIds: ReadonlyArray<number>, partyId?: number): MemberListItem[] {
  if (constituencyIds.length === 0) return [];
  const conditions: SQL[] = [inArray(memberships.constituencyId, [...constituencyIds])];
  if (partyId !== undefined) conditions.push(eq(memberships.partyId, partyId));
  return selectMembers(conditions);
}

export type PartyMemberCount = { partyId: number; members: number };

/**
 * How many MPs each party has, counting each person's latest membership once. Every person's latest membership is
 * looked up (a millisecond on three Parliaments' record), for the MPs page, its search and the party pages alike:
 * counted once per data version (db/version-memo.ts). Shared: callers must not change it.
 */
export function countMembersByParty(): ReadonlyArray<PartyMemberCount> {
  return countsMemo('all', readMembersByParty);
}

const countsMemo = versionMemo<'all', ReadonlyArray<PartyMemberCount>>({ maxEntries: 1 });

function readMembersByParty(): PartyMemberCount[] {
  return getDb()
    .select({ partyId: parties.id, members: count() })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .innerJoin(parties, eq(parties.id, memberships.partyId))
    .where(latestMembershipJoin())
    .groupBy(parties.id)
    .all();
}
