import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, undoRevision, updateRecord, writeVotes } from '@/db/mutations/records';
import { divisions, persons, posts, revisions, votes, whips } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { createTempDb, tableCounts, voteDump, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };

describe('editing records: revisions, conflicts and undo', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
  });
  afterEach(() => t.close());

  const qureshiPost = () =>
    t.db
      .select()
      .from(posts)
      .innerJoin(persons, eq(persons.id, posts.personId))
      .where(eq(persons.parliamentId, 3924))
      .get()!.posts;

  it('keeps the whole record before and after an edit, with who and why', () => {
    const post = qureshiPost();
    const result = updateRecord(t.db, 'posts', String(post.id), { endReason: 'sacked' }, { actor, reason: 'new source', expectedUpdatedAt: post.updatedAt });
    expect(result.status).toBe('saved');
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'posts')).get()!;
    expect(revision).toMatchObject({ actorId: 'u1', actorLabel: 'editor@example.org', action: 'update', recordId: String(post.id), reason: 'new source' });
    expect(revision.before).toMatchObject({ endReason: 'resigned', title: 'Shadow Minister for Women and Equalities' });
    expect(revision.after).toMatchObject({ endReason: 'sacked', title: 'Shadow Minister for Women and Equalities' });
  });

  it('refuses a save based on an old version and returns the current one', () => {
    const post = qureshiPost();
    updateRecord(t.db, 'posts', String(post.id), { endReasonNote: 'first editor' }, { actor, expectedUpdatedAt: post.updatedAt });
    const second = updateRecord(t.db, 'posts', String(post.id), { endReasonNote: 'second editor' }, { actor, expectedUpdatedAt: post.updatedAt });
    expect(second.status).toBe('conflict');
    expect(second.status === 'conflict' && second.current?.endReasonNote).toBe('first editor');
    expect(qureshiPost().endReasonNote).toBe('first editor');
  });

  it('undoes an edit, and undoes the undo', () => {
    const post = qureshiPost();
    const edit = updateRecord(t.db, 'posts', String(post.id), { endReason: 'sacked' }, { actor, expectedUpdatedAt: post.updatedAt });
    if (edit.status !== 'saved') throw new Error('edit failed');
    const undo = undoRevision(t.db, edit.revisionId, { actor });
    expect(undo.status).toBe('undone');
    expect(qureshiPost().endReason).toBe('resigned');
    if (undo.status !== 'undone') return;
    expect(undoRevision(t.db, undo.revisionId, { actor }).status).toBe('undone');
    expect(qureshiPost().endReason).toBe('sacked');
    expect(t.db.select().from(revisions).where(eq(revisions.tableName, 'posts')).all().map((r) => r.action)).toEqual(['update', 'undo', 'undo']);
  });

  it('refuses to undo a change that a later change built on', () => {
    const post = qureshiPost();
    const first = updateRecord(t.db, 'posts', String(post.id), { endReason: 'sacked' }, { actor, expectedUpdatedAt: post.updatedAt });
    updateRecord(t.db, 'posts', String(post.id), { endReason: 'unknown' }, { actor, expectedUpdatedAt: null });
    if (first.status !== 'saved') throw new Error('edit failed');
    const undo = undoRevision(t.db, first.revisionId, { actor });
    expect(undo).toEqual({ status: 'refused', reason: 'This post has changed since; undo the later change first.' });
    expect(qureshiPost().endReason).toBe('unknown');
  });

  it('creates a record and undoes the creation', () => {
    const starmer = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 4514)).get()!;
    const created = createRecord(t.db, 'stances', { topicId: 1, personId: starmer.id, speaker: 'Keir Starmer', position: 'opposes', label: 'x', kind: 'statement', sourceUrl: 'https://example.org/a' }, { actor });
    expect(created.status).toBe('saved');
    if (created.status !== 'saved') return;
    expect(undoRevision(t.db, created.revisionId, { actor }).status).toBe('undone');
    expect(t.db.get<{ n: number }>(sql`select count(*) as n from stances where id = ${Number(created.id)}`).n).toBe(0);
  });

  it('deletes a division with its votes, whips and links, and restores all of it', () => {
    const counts = tableCounts(t.db);
    const votesBefore = voteDump(t.db);
    const division = t.db.select().from(divisions).get()!;
    const deleted = deleteRecord(t.db, 'divisions', String(division.id), { actor, expectedUpdatedAt: division.updatedAt });
    expect(deleted.status).toBe('saved');
    expect(tableCounts(t.db)).toMatchObject({ divisions: 0, votes: 0, whips: 0, topic_divisions: 0 });
    expect(t.db.get<{ n: number }>(sql`select count(*) as n from posts where ended_over_division_id is not null`).n).toBe(0);
    if (deleted.status !== 'saved') return;
    expect(undoRevision(t.db, deleted.revisionId, { actor }).status).toBe('undone');
    const after = tableCounts(t.db);
    expect({ ...after, revisions: counts.revisions }).toEqual(counts);
    expect(voteDump(t.db)).toBe(votesBefore);
    expect(t.db.select().from(whips).all()).toHaveLength(9);
  });

  it('writes corrected votes as one revision of just the changed rows, and undoes it', () => {
    const division = t.db.select().from(divisions).get()!;
    const rows = t.db.select().from(votes).where(eq(votes.divisionId, division.id)).limit(3).all();
    const changed = rows.map((r, i) => (i === 0 ? { ...r, position: r.position === 'aye' ? ('no' as const) : ('aye' as const) } : r));
    const before = voteDump(t.db);
    const result = writeVotes(t.db, division.id, changed, { actor, reason: 'CSV paste' });
    expect(result.changed).toBe(1);
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'division_votes')).get()!;
    expect((revision.before as { votes: unknown[] }).votes).toHaveLength(1);
    expect(undoRevision(t.db, result.revisionId, { actor }).status).toBe('undone');
    expect(voteDump(t.db)).toBe(before);
  });
});
