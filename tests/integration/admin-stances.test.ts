import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, undoRevision } from '@/db/mutations/records';
import { persons, stances, topics } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { stanceFormSchema } from '@/lib/validation/stances';
import { createTempDb, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };

const form = {
  person: 'Yasmin Qureshi (3924)',
  topic: '1',
  position: 'supports',
  label: 'supports an immediate ceasefire',
  kind: 'statement',
  sourceUrl: 'https://example.org/statement',
  confidence: 'high',
};

const errors = (input: Record<string, unknown>) =>
  Object.fromEntries((stanceFormSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('the stance form’s rules', () => {
  it('parses a stance, with empty optional fields as null', () => {
    expect(stanceFormSchema.parse({ ...form, statedOn: '2023-11-15' })).toMatchObject({
      person: 'Yasmin Qureshi (3924)',
      party: null,
      speaker: null,
      topic: 1,
      quote: null,
      statedOn: '2023-11-15',
      said: 'unknown',
      sourceTitle: null,
      editorNote: null,
    });
    expect(stanceFormSchema.parse({ ...form, said: 'before' }).said).toBe('before');
    expect(stanceFormSchema.parse({ ...form, statedOn: '15/11/2023' }).statedOn).toBe('2023-11-15');
    expect(stanceFormSchema.parse({ ...form, statedOn: '15 Nov 2023' }).statedOn).toBe('2023-11-15');
  });

  it('refuses a source that is not a web address, an impossible date and a missing label, each on its field', () => {
    expect(errors({ ...form, sourceUrl: 'javascript:alert(1)', statedOn: '2023-02-30', label: undefined })).toEqual({
      sourceUrl: 'Enter a web address starting with http:// or https://',
      statedOn: 'Date said must be a real date, like 15/11/2023 (“2023-02-30” is not a day on the calendar)',
      label: expect.stringContaining('Enter a short label'),
    });
    expect(errors({ ...form, sourceUrl: 'ftp://example.org/x' })).toEqual({ sourceUrl: 'Enter a web address starting with http:// or https://' });
    expect(errors({ ...form, sourceUrl: undefined })).toEqual({ sourceUrl: 'Enter the web address of the source' });
  });

  it('needs a person, or a party for a party line', () => {
    expect(errors({ ...form, person: undefined })).toEqual({ person: 'Choose the person who said it, or a party for a party line' });
    expect(errors({ ...form, person: undefined, party: '2' })).toEqual({});
  });

  it('refuses words outside the vocabularies', () => {
    expect(Object.keys(errors({ ...form, position: 'maybe', kind: 'tweet', confidence: 'certain', said: 'during' })).sort()).toEqual([
      'confidence',
      'kind',
      'position',
      'said',
    ]);
  });
});

describe('saving stances', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
  });
  afterEach(() => t.close());

  it('creates, deletes and restores a stance with its revisions', () => {
    const qureshi = t.db.select().from(persons).where(eq(persons.parliamentId, 3924)).get()!;
    const topic = t.db.select().from(topics).get()!;
    const values = { ...stanceFormSchema.parse(form), topicId: topic.id, personId: qureshi.id, partyId: null, speaker: qureshi.name };
    const created = createRecord(t.db, 'stances', values, { actor });
    if (created.status !== 'saved') throw new Error('not saved');
    const row = t.db.select().from(stances).where(eq(stances.id, Number(created.id))).get()!;
    expect(row).toMatchObject({ speaker: 'Yasmin Qureshi', label: 'supports an immediate ceasefire', sourceUrl: 'https://example.org/statement' });
    const deleted = deleteRecord(t.db, 'stances', created.id, { actor, expectedUpdatedAt: row.updatedAt });
    if (deleted.status !== 'saved') throw new Error('not deleted');
    expect(undoRevision(t.db, deleted.revisionId, { actor }).status).toBe('undone');
    expect(t.db.select().from(stances).where(eq(stances.id, row.id)).get()).toMatchObject({ label: row.label });
  });
});
