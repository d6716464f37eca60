import 'server-only';
import { and, asc, desc, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { constituencies, divisions, memberships, parties, persons, posts, votes, whips } from '@/db/schema';
import type { DivisionListItem } from './divisions';

// Reads for the open-data outputs: the JSON API's division list (with date filters) and the whole record
// for the Popolo export. Plain rows; lib/openapi and app/api/v1 shape them.

/** One page of divisions with an official id, newest first, optionally between two dates (inclusive). */
export function listDivisionsPage(options: { from?: string; to?: string; limit: number; offset: number }): {
  items: DivisionListItem[];
  total: number;
} {
  const conditions: SQL[] = [isNotNull(divisions.officialId)];
  if (options.from) conditions.push(gte(divisions.date, options.from));
  if (options.to) conditions.push(lte(divisions.date, options.to));
  const where = and(...conditions);
  const db = getDb();
  const total = db.select({ n: sql<number>`count(*)` }).from(divisions).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: divisions.id,
      officialId: sql<number>`${divisions.officialId}`,
      date: divisions.date,
      heldAt: divisions.heldAt,
      number: divisions.number,
      officialTitle: divisions.officialTitle,
      shortTitle: divisions.shortTitle,
      ayeCount: divisions.ayeCount,
      noCount: divisions.noCount,
      resultText: divisions.resultText,
    })
    .from(divisions)
    .where(where)
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(options.limit)
    .offset(options.offset)
    .all();
  return { items, total };
}

/** Everything the Popolo export holds: six queries, whatever the size of the record. */
export function readPopoloRecord() {
  const db = getDb();
  return {
    persons: db
      .select({ id: persons.id, parliamentId: persons.parliamentId, twfyId: persons.twfyId, name: persons.name, sortName: persons.sortName })
      .from(persons)
      .orderBy(asc(persons.sortName))
      .all(),
    parties: db.select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation, colour: parties.colour, kind: parties.kind }).from(parties).orderBy(asc(parties.name)).all(),
    memberships: db
      .select({
        id: memberships.id,
        personId: memberships.personId,
        partyId: memberships.partyId,
        house: memberships.house,
        constituency: constituencies.name,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
        datesBasis: memberships.datesBasis,
      })
      .from(memberships)
      .leftJoin(constituencies, sql`${constituencies.id} = ${memberships.constituencyId}`)
      .orderBy(asc(memberships.id))
      .all(),
    posts: db
      .select({
        id: posts.id,
        personId: posts.personId,
        title: posts.title,
        kind: posts.kind,
        side: posts.side,
        department: posts.department,
        startDate: posts.startDate,
        endDate: posts.endDate,
        endReason: posts.endReason,
        endedOverDivisionId: posts.endedOverDivisionId,
      })
      .from(posts)
      .orderBy(asc(posts.id))
      .all(),
    divisions: db
      .select({
        id: divisions.id,
        officialId: divisions.officialId,
        heldAt: divisions.heldAt,
        date: divisions.date,
        number: divisions.number,
        officialTitle: divisions.officialTitle,
        shortTitle: divisions.shortTitle,
        ayeCount: divisions.ayeCount,
        noCount: divisions.noCount,
        resultText: divisions.resultText,
      })
      .from(divisions)
      .orderBy(desc(divisions.heldAt))
      .all(),
    votes: db
      .select({ divisionId: votes.divisionId, personId: votes.personId, position: votes.position, isTeller: votes.isTeller, partyId: votes.partyId })
      .from(votes)
      .orderBy(asc(votes.divisionId), asc(votes.personId))
      .all(),
    whips: db
      .select({ divisionId: whips.divisionId, partyId: whips.partyId, instruction: whips.instruction, strength: whips.strength, basis: whips.basis })
      .from(whips)
      .all(),
  };
}

export type PopoloRecord = ReturnType<typeof readPopoloRecord>;
