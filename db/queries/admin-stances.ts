import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { parties, persons, stances, topics } from '@/db/schema';
import { personRef } from './lookup';

/** A stance as its edit form shows it. */
export function stanceFormValues(row: typeof stances.$inferSelect): Record<string, string> {
  return {
    person: row.personId === null ? '' : personRef(row.personId),
    party: row.partyId === null ? '' : String(row.partyId),
    speaker: row.speaker,
    topic: String(row.topicId),
    position: row.position,
    label: row.label,
    quote: row.quote ?? '',
    statedOn: row.statedOn ?? '',
    said: row.said,
    kind: row.kind,
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle ?? '',
    sourceOutlet: row.sourceOutlet ?? '',
    confidence: row.confidence,
    note: row.note ?? '',
    editorNote: row.editorNote ?? '',
    version: row.updatedAt,
  };
}

export type StanceForEdit = { id: number; personId: number | null; topicId: number; values: Record<string, string> };

export function getStanceForEdit(id: number): StanceForEdit | null {
  const row = getDb().select().from(stances).where(eq(stances.id, id)).get();
  return row ? { id: row.id, personId: row.personId, topicId: row.topicId, values: stanceFormValues(row) } : null;
}

/** Every topic, by title, for a select. */
export function listTopicOptions(): { value: string; label: string }[] {
  return getDb()
    .select({ id: topics.id, title: topics.title })
    .from(topics)
    .orderBy(asc(topics.title))
    .all()
    .map((t) => ({ value: String(t.id), label: t.title }));
}

/** Who the words are attributed to when the editor leaves it empty: the person, else the party. */
export function defaultSpeaker(personId: number | null, partyId: number | null): string | null {
  const db = getDb();
  if (personId !== null) return db.select({ name: persons.name }).from(persons).where(eq(persons.id, personId)).get()?.name ?? null;
  if (partyId !== null) return db.select({ name: parties.name }).from(parties).where(eq(parties.id, partyId)).get()?.name ?? null;
  return null;
}

export function topicExists(id: number): boolean {
  return getDb().select({ id: topics.id }).from(topics).where(eq(topics.id, id)).get() !== undefined;
}
