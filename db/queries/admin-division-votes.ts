import 'server-only';
import { voteVersion } from '@/lib/validation/votes';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { constituencies, parties, persons, votes, type PartyKind, type VotePosition } from '@/db/schema';
import { formatRef } from '@/lib/forms/refs';

// Reads behind a division's admin votes page: the votes with a party and vote filter, and the parties
// that had members in it.

export type AdminVoteRow = {
  personId: number;
  parliamentId: number | null;
  name: string;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
  partyName: string | null;
  partyAbbreviation: string | null;
  seat: string | null;
};

/** The division's votes by name, optionally of one party and one position. */
export function listAdminVotes(divisionId: number, filter: { partyId?: number; position?: VotePosition }): AdminVoteRow[] {
  const conditions: SQL[] = [eq(votes.divisionId, divisionId)];
  if (filter.partyId !== undefined) conditions.push(eq(votes.partyId, filter.partyId));
  if (filter.position) conditions.push(eq(votes.position, filter.position));
  return getDb()
    .select({
      personId: votes.personId,
      parliamentId: persons.parliamentId,
      name: persons.name,
      position: votes.position,
      isTeller: votes.isTeller,
      proxyName: votes.proxyName,
      partyName: parties.name,
      partyAbbreviation: parties.abbreviation,
      seat: sql<string | null>`coalesce(${constituencies.name}, ${votes.memberFrom})`,
    })
    .from(votes)
    .innerJoin(persons, eq(persons.id, votes.personId))
    .leftJoin(parties, eq(parties.id, votes.partyId))
    .leftJoin(constituencies, eq(constituencies.id, votes.constituencyId))
    .where(and(...conditions))
    .orderBy(asc(persons.sortName))
    .all();
}

export type DivisionPartyRow = { id: number; name: string; abbreviation: string; kind: PartyKind; members: number };

/** Every party, with how many of its members the division records (0 for parties with none), most first. */
export function listPartiesWithMembers(divisionId: number): DivisionPartyRow[] {
  return getDb()
    .select({
      id: parties.id,
      name: parties.name,
      abbreviation: parties.abbreviation,
      kind: parties.kind,
      members: sql<number>`count(${votes.personId})`,
    })
    .from(parties)
    .leftJoin(votes, and(eq(votes.partyId, parties.id), eq(votes.divisionId, divisionId)))
    .groupBy(parties.id)
    .orderBy(sql`count(${votes.personId}) desc`, asc(parties.name))
    .all();
}

/** One member's vote as the correction form shows it. */
export function getVoteCorrectionValues(divisionId: number, personId: number): Record<string, string> | null {
  const row = getDb()
    .select({
      personId: persons.id,
      name: persons.name,
      parliamentId: persons.parliamentId,
      position: votes.position,
      isTeller: votes.isTeller,
      proxyName: votes.proxyName,
    })
    .from(persons)
    .leftJoin(votes, and(eq(votes.personId, persons.id), eq(votes.divisionId, divisionId)))
    .where(eq(persons.id, personId))
    .get();
  if (!row) return null;
  return {
    member: formatRef(row.name, row.parliamentId, row.personId),
    position: row.position ?? '',
    isTeller: row.isTeller ? 'yes' : '',
    proxyName: row.proxyName ?? '',
    version: voteVersion(row.position ? { position: row.position, isTeller: row.isTeller ?? false, proxyName: row.proxyName } : null),
  };
}
