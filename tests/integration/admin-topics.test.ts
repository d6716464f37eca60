import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undoRevision } from '@/db/mutations/records';
import { addTopicLink, changeTopicLink, removeTopicLink, saveTopic } from '@/db/mutations/topic-edits';
import { divisions, revisions, topicDivisions, topics } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { topicFormSchema, topicLinkFormSchema } from '@/lib/validation/topics';
import { createTempDb, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };

describe('the topic forms’ rules', () => {
  it('needs a title and a slug in the right form', () => {
    const parsed = topicFormSchema.safeParse({ slug: 'Not A Slug' });
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(['slug', 'title']);
    expect(topicFormSchema.parse({ title: ' Rwanda ', slug: 'rwanda-bill' })).toMatchObject({ title: 'Rwanda', slug: 'rwanda-bill', description: null });
  });

  it('needs a division and a lobby of aye or no for a link', () => {
    const parsed = topicLinkFormSchema.safeParse({ topicId: '1', supportingLobby: 'both' });
    expect(Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      division: 'Choose the division',
      supportingLobby: 'Choose which lobby supports the topic: aye or no',
    });
  });
});

describe('saving topics and their links', () => {
  let t: TempDb;
  let divisionId: number;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
    divisionId = t.db.select().from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
  });
  afterEach(() => t.close());

  const newTopic = (title = 'Rwanda: removals') => {
    const result = saveTopic(t.db, null, { title, slug: null, description: null }, { actor, expectedUpdatedAt: null });
    if (result.status !== 'saved') throw new Error('not saved');
    return Number(result.id);
  };
  const link = (topicId: number) =>
    t.db.select().from(topicDivisions).where(and(eq(topicDivisions.topicId, topicId), eq(topicDivisions.divisionId, divisionId))).get();

  it('makes a slug from the title, and refuses a slug another topic has, naming it', () => {
    const id = newTopic('Gaza: immediate ceasefire');
    expect(t.db.select().from(topics).where(eq(topics.id, id)).get()?.slug).toBe('gaza-immediate-ceasefire-2');
    const refused = saveTopic(t.db, id, { title: 'x', slug: 'gaza-immediate-ceasefire', description: null }, { actor, expectedUpdatedAt: null });
    expect(refused).toEqual({
      status: 'invalid',
      fieldErrors: { slug: [expect.stringMatching(/^The slug “gaza-immediate-ceasefire” already belongs to the topic “Gaza: immediate ceasefire” \(#\d+\)/)] },
    });
  });

  it('links a division once, refuses the same link again, and keeps the revision under "topicId:divisionId"', () => {
    const topicId = newTopic();
    const added = addTopicLink(t.db, { topicId, divisionId, supportingLobby: 'aye' }, { actor });
    expect(added).toMatchObject({ status: 'saved', id: `${topicId}:${divisionId}` });
    const again = addTopicLink(t.db, { topicId, divisionId, supportingLobby: 'no' }, { actor });
    expect(again).toEqual({
      status: 'invalid',
      fieldErrors: { division: [expect.stringContaining('This division is already linked to the topic, with “aye” as the supporting lobby')] },
    });
    expect(link(topicId)?.supportingLobby).toBe('aye');
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'topic_divisions')).all().at(-1);
    expect(revision).toMatchObject({ action: 'create', recordId: `${topicId}:${divisionId}`, after: { topicId, divisionId, supportingLobby: 'aye' } });
  });

  it('refuses a link to a topic or division that is not there', () => {
    expect(addTopicLink(t.db, { topicId: 999, divisionId, supportingLobby: 'aye' }, { actor }).status).toBe('not_found');
    expect(addTopicLink(t.db, { topicId: newTopic(), divisionId: 999, supportingLobby: 'aye' }, { actor }).status).toBe('invalid');
  });

  it('changes the lobby, removes the link, and undoes both', () => {
    const topicId = newTopic();
    addTopicLink(t.db, { topicId, divisionId, supportingLobby: 'aye' }, { actor });
    expect(changeTopicLink(t.db, { topicId, divisionId, supportingLobby: 'aye' }, { actor })).toEqual({ status: 'unchanged' });
    const changed = changeTopicLink(t.db, { topicId, divisionId, supportingLobby: 'no' }, { actor });
    expect(link(topicId)?.supportingLobby).toBe('no');
    const removed = removeTopicLink(t.db, { topicId, divisionId }, { actor });
    expect(link(topicId)).toBeUndefined();
    if (removed.status !== 'saved' || changed.status !== 'saved') throw new Error('not saved');
    expect(undoRevision(t.db, removed.revisionId, { actor }).status).toBe('undone');
    expect(link(topicId)?.supportingLobby).toBe('no');
    expect(undoRevision(t.db, changed.revisionId, { actor }).status).toBe('undone');
    expect(link(topicId)?.supportingLobby).toBe('aye');
    expect(removeTopicLink(t.db, { topicId, divisionId: 999 }, { actor }).status).toBe('not_found');
  });
});
