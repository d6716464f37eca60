import 'server-only';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import { parties, persons, stances, topics } from '@/db/schema';
import { stanceColumns } from './columns';

// Statements for the API (/api/v1/statements): what MPs said and the parties' lines, with their topic, newest first.
// Public columns only (stanceColumns): editors' notes are never read.

const partyOf = alias(parties, 'stance_party');

type StatementRow = ReturnType<typeof readRows>[number] & { party: { name: string; abbreviation: string; kind: 'party' | 'independent' | 'speaker' } | null };

/** The statements matching the filters, or the filter that names nothing. */
export function listStatements(filters: { topic?: string; mp?: number; party?: string }): { rows: StatementRow[]; error?: undefined } | { rows?: undefined; error: { path: string; message: string } } {
  const conditions: SQL[] = [];
  const db = getDb();
  if (filters.topic) {
    const topic = db.select({ id: topics.id }).from(topics).where(eq(topics.slug, filters.topic)).get();
    if (!topic) return { error: { path: 'topic', message: `There is no topic "${filters.topic}"` } };
    conditions.push(eq(stances.topicId, topic.id));
  }
  if (filters.mp !== undefined) {
    const person = db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, filters.mp)).get();
    if (!person) return { error: { path: 'mp', message: `There is no MP with member id ${filters.mp}` } };
    conditions.push(eq(stances.personId, person.id));
  }
  if (filters.party) {
    // Case aside, as every other party filter reads an abbreviation.
    const party = db.select({ id: parties.id }).from(parties).where(sql`lower(${parties.abbreviation}) = lower(${filters.party})`).get();
    if (!party) return { error: { path: 'party', message: `There is no party with the abbreviation "${filters.party}"` } };
    conditions.push(eq(stances.partyId, party.id), isNull(stances.personId));
  }
  const rows = readRows(conditions);
  return {
    rows: rows.map((r) => ({
      ...r,
      party: r.partyName && r.partyAbbreviation && r.partyKind ? { name: r.partyName, abbreviation: r.partyAbbreviation, kind: r.partyKind } : null,
    })),
  };
}

function readRows(conditions: SQL[]) {
  return getDb()
    .select({
      ...stanceColumns,
      speaker: stances.speaker,
      topicSlug: topics.slug,
      topicTitle: topics.title,
      personName: persons.name,
      parliamentId: persons.parliamentId,
      partyName: partyOf.name,
      partyAbbreviation: partyOf.abbreviation,
      partyKind: partyOf.kind,
    })
    .from(stances)
    .innerJoin(topics, eq(topics.id, stances.topicId))
    .leftJoin(persons, eq(persons.id, stances.personId))
    .leftJoin(partyOf, and(eq(partyOf.id, stances.partyId), isNull(stances.personId)))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(stances.statedOn), desc(stances.id))
    .all();
}
