import { and, eq, ne } from 'drizzle-orm';
import { slugify } from '@/lib/slug';
import type { Db } from '../connection';
import { divisions, topicDivisions, topics, type Lobby } from '../schema';
import { refuse, type EditResult } from './edit-result';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from './records';
import type { Actor } from './revisions';

// Editors' changes to topics and to the divisions linked to them. A link's record id is
// "topicId:divisionId", the key the records engine reads it by.

export type TopicInput = { title: string; slug: string | null; description: string | null };

type Options = { actor: Actor; reason?: string | null };

export const topicLinkId = (topicId: number, divisionId: number) => `${topicId}:${divisionId}`;

function topicWithSlug(db: Db, slug: string, exceptId: number | null) {
  const where = exceptId === null ? eq(topics.slug, slug) : and(eq(topics.slug, slug), ne(topics.id, exceptId));
  return db.select({ id: topics.id, title: topics.title }).from(topics).where(where).get() ?? null;
}

/** Creates a topic (id null) or saves an edit; a slug another topic has is refused, naming it. */
export function saveTopic(db: Db, id: number | null, input: TopicInput, options: Options & { expectedUpdatedAt: string | null }): EditResult {
  let slug = input.slug;
  if (slug !== null) {
    const holder = topicWithSlug(db, slug, id);
    if (holder) return refuse({ slug: [`The slug “${slug}” already belongs to the topic “${holder.title}” (#${holder.id}). Choose another.`] });
  } else {
    const fromTitle = slugify(input.title);
    const base = /^[a-z]/.test(fromTitle) ? fromTitle : `topic-${fromTitle}`.replace(/-$/, '');
    slug = base;
    for (let n = 2; topicWithSlug(db, slug, id); n++) slug = `${base}-${n}`;
  }
  const record = { title: input.title, slug, description: input.description } satisfies Partial<typeof topics.$inferInsert>;
  const { actor, reason, expectedUpdatedAt } = options;
  return id === null ? createRecord(db, 'topics', record, { actor, reason }) : updateRecord(db, 'topics', String(id), record, { actor, reason, expectedUpdatedAt });
}

/** Links a division to a topic; a division already linked is refused with the lobby it has. */
export function addTopicLink(db: Db, link: { topicId: number; divisionId: number; supportingLobby: Lobby }, options: Options): EditResult {
  if (!db.select({ id: topics.id }).from(topics).where(eq(topics.id, link.topicId)).get()) return { status: 'not_found' };
  if (!db.select({ id: divisions.id }).from(divisions).where(eq(divisions.id, link.divisionId)).get()) {
    return refuse({ division: ['Choose a division that is in the database'] });
  }
  const existing = db
    .select({ supportingLobby: topicDivisions.supportingLobby })
    .from(topicDivisions)
    .where(and(eq(topicDivisions.topicId, link.topicId), eq(topicDivisions.divisionId, link.divisionId)))
    .get();
  if (existing) {
    return refuse({
      division: [`This division is already linked to the topic, with “${existing.supportingLobby}” as the supporting lobby. Change its lobby in the list of linked divisions instead.`],
    });
  }
  return createRecord(db, 'topic_divisions', link, { ...options, id: topicLinkId(link.topicId, link.divisionId) });
}

/** Changes which lobby supports the topic; nothing is written when it is already so. */
export function changeTopicLink(db: Db, link: { topicId: number; divisionId: number; supportingLobby: Lobby }, options: Options): WriteResult | { status: 'unchanged' } {
  const id = topicLinkId(link.topicId, link.divisionId);
  const current = db
    .select({ supportingLobby: topicDivisions.supportingLobby })
    .from(topicDivisions)
    .where(and(eq(topicDivisions.topicId, link.topicId), eq(topicDivisions.divisionId, link.divisionId)))
    .get();
  if (!current) return { status: 'not_found' };
  if (current.supportingLobby === link.supportingLobby) return { status: 'unchanged' };
  return updateRecord(db, 'topic_divisions', id, { supportingLobby: link.supportingLobby }, { ...options, expectedUpdatedAt: null });
}

export function removeTopicLink(db: Db, link: { topicId: number; divisionId: number }, options: Options): WriteResult {
  return deleteRecord(db, 'topic_divisions', topicLinkId(link.topicId, link.divisionId), { ...options, expectedUpdatedAt: null });
}
