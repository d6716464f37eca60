import 'server-only';
import { and, asc, count, desc, eq, gte, lt, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, revisions, stances, topicDivisions, topics, type Lobby } from '@/db/schema';
import { revisionColumns, type RevisionRow } from './revisions';

export type AdminTopicRow = { id: number; title: string; slug: string; links: number; stances: number };

/** Every topic with how many divisions it links and how many stances are about it. */
export function listTopicsForAdmin(): AdminTopicRow[] {
  const db = getDb();
  const linkCounts = new Map(
    db.select({ topicId: topicDivisions.topicId, n: count() }).from(topicDivisions).groupBy(topicDivisions.topicId).all().map((r) => [r.topicId, r.n]),
  );
  const stanceCounts = new Map(db.select({ topicId: stances.topicId, n: count() }).from(stances).groupBy(stances.topicId).all().map((r) => [r.topicId, r.n]));
  return db
    .select({ id: topics.id, title: topics.title, slug: topics.slug })
    .from(topics)
    .orderBy(asc(topics.title))
    .all()
    .map((t) => ({ ...t, links: linkCounts.get(t.id) ?? 0, stances: stanceCounts.get(t.id) ?? 0 }));
}

export function topicFormValues(row: typeof topics.$inferSelect): Record<string, string> {
  return { title: row.title, slug: row.slug, description: row.description ?? '', version: row.updatedAt };
}

export function getTopicForEdit(id: number): { id: number; title: string; values: Record<string, string> } | null {
  const row = getDb().select().from(topics).where(eq(topics.id, id)).get();
  return row ? { id: row.id, title: row.title, values: topicFormValues(row) } : null;
}

export type TopicLinkRow = { divisionId: number; officialId: number | null; date: string; title: string; supportingLobby: Lobby };

/** The divisions a topic links, newest first, with the lobby that supports it. */
export function listTopicLinks(topicId: number): TopicLinkRow[] {
  return getDb()
    .select({
      divisionId: divisions.id,
      officialId: divisions.officialId,
      date: divisions.date,
      title: divisions.officialTitle,
      supportingLobby: topicDivisions.supportingLobby,
    })
    .from(topicDivisions)
    .innerJoin(divisions, eq(divisions.id, topicDivisions.divisionId))
    .where(eq(topicDivisions.topicId, topicId))
    .orderBy(desc(divisions.heldAt))
    .all();
}

export type TopicStanceRow = { id: number; speaker: string; label: string; position: string; statedOn: string | null };

/** What was said on the topic, by anyone, oldest first: party lines are reached from here. */
export function listTopicStances(topicId: number): TopicStanceRow[] {
  return getDb()
    .select({ id: stances.id, speaker: stances.speaker, label: stances.label, position: stances.position, statedOn: stances.statedOn })
    .from(stances)
    .where(eq(stances.topicId, topicId))
    .orderBy(asc(stances.statedOn), asc(stances.id))
    .all();
}

/** The people and divisions whose public pages show the topic: its linked divisions, and who spoke on it. */
export function topicAudience(topicId: number): { personIds: number[]; divisionIds: number[] } {
  const db = getDb();
  const divisionIds = db.select({ id: topicDivisions.divisionId }).from(topicDivisions).where(eq(topicDivisions.topicId, topicId)).all().map((r) => r.id);
  const personIds = db
    .selectDistinct({ id: stances.personId })
    .from(stances)
    .where(eq(stances.topicId, topicId))
    .all()
    .flatMap((r) => (r.id === null ? [] : [r.id]));
  return { personIds, divisionIds };
}

/** Changes to the topic and to its links ("topicId:divisionId"), newest first. */
export function listTopicRevisions(topicId: number): RevisionRow[] {
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(
      or(
        and(eq(revisions.tableName, 'topics'), eq(revisions.recordId, String(topicId))),
        // "12:" up to "12;" (';' sorts just after ':'): every link of topic 12, read through the index.
        and(eq(revisions.tableName, 'topic_divisions'), gte(revisions.recordId, `${topicId}:`), lt(revisions.recordId, `${topicId};`)),
      ),
    )
    .orderBy(desc(revisions.id))
    .all();
}
