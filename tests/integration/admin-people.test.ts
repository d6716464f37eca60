import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletePerson, personDeleteBlocker, savePerson, type PersonInput } from '@/db/mutations/person-edits';
import { undoRevision } from '@/db/mutations/records';
import { memberships, parties, persons, revisions } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { personFormSchema } from '@/lib/validation/persons';
import { createTempDb, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };
const options = { actor, expectedUpdatedAt: null };
const person = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  name: 'Jo Bloggs',
  sortName: null,
  parliamentId: null,
  twfyId: null,
  slug: null,
  ...overrides,
});

describe('the person form’s rules', () => {
  it('reads ids as whole numbers and refuses anything else beside the field', () => {
    const ok = personFormSchema.safeParse({ name: ' Jo Bloggs ', parliamentId: '123', twfyId: undefined });
    expect(ok.success && ok.data).toMatchObject({ name: 'Jo Bloggs', parliamentId: 123, twfyId: null, slug: null, sortName: null });
    const bad = personFormSchema.safeParse({ parliamentId: '12a', twfyId: '-4', slug: 'Jo Bloggs' });
    expect(bad.success).toBe(false);
    const fields = bad.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['name', 'parliamentId', 'twfyId', 'slug']));
  });

  it('refuses a slug that would be read as a member id', () => {
    expect(personFormSchema.safeParse({ name: 'A', slug: '3924-qureshi' }).success).toBe(false);
    expect(personFormSchema.safeParse({ name: 'A', slug: 'yasmin-qureshi-2' }).success).toBe(true);
  });
});

describe('saving and deleting people', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
  });
  afterEach(() => t.close());

  const byParliamentId = (id: number) => t.db.select().from(persons).where(eq(persons.parliamentId, id)).get()!;

  it('creates a person with a sort name and slug made from the name, and a revision', () => {
    const result = savePerson(t.db, null, person({ name: 'Mary Kelly Foyle', parliamentId: 990001 }), options);
    expect(result.status).toBe('saved');
    const row = byParliamentId(990001);
    expect(row).toMatchObject({ name: 'Mary Kelly Foyle', sortName: 'Foyle, Mary Kelly', slug: 'mary-kelly-foyle', needsReview: false });
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'persons')).get()!;
    expect(revision).toMatchObject({ action: 'create', recordId: String(row.id) });
  });

  it('refuses a Parliament id, TheyWorkForYou id or slug someone else has, naming who has it', () => {
    const qureshi = byParliamentId(3924);
    const result = savePerson(t.db, null, person({ parliamentId: 3924, twfyId: qureshi.twfyId, slug: qureshi.slug }), options);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.fieldErrors.parliamentId?.[0]).toBe(`Member id 3924 already belongs to Yasmin Qureshi (person #${qureshi.id}). Check it, or edit that person instead.`);
    expect(result.fieldErrors.twfyId?.[0]).toContain('already belongs to Yasmin Qureshi');
    expect(result.fieldErrors.slug?.[0]).toContain('The slug “yasmin-qureshi” already belongs to Yasmin Qureshi');
    expect(t.db.select().from(persons).where(eq(persons.name, 'Jo Bloggs')).all()).toHaveLength(0);
  });

  it('lets a person keep their own ids when edited', () => {
    const qureshi = byParliamentId(3924);
    const result = savePerson(
      t.db,
      qureshi.id,
      person({ name: 'Yasmin Qureshi', parliamentId: 3924, twfyId: qureshi.twfyId, slug: qureshi.slug, sortName: 'Qureshi, Yasmin' }),
      { actor, expectedUpdatedAt: qureshi.updatedAt },
    );
    expect(result.status).toBe('saved');
  });

  it('makes a free slug when the name’s slug is taken', () => {
    savePerson(t.db, null, person({ name: 'Yasmin Qureshi', parliamentId: 990002 }), options);
    savePerson(t.db, null, person({ name: 'Yasmin Qureshi' }), options);
    const slugs = t.db.select({ slug: persons.slug }).from(persons).where(eq(persons.name, 'Yasmin Qureshi')).all().map((r) => r.slug);
    expect(slugs.sort()).toEqual(['yasmin-qureshi', 'yasmin-qureshi-2', 'yasmin-qureshi-990002']);
  });

  it('refuses to delete a person who has votes, and says to remove or move them first', () => {
    const qureshi = byParliamentId(3924);
    const result = deletePerson(t.db, qureshi.id, options);
    expect(result).toEqual({ status: 'refused', reason: expect.stringContaining('1 recorded vote: remove or move their votes first') });
    expect(byParliamentId(3924)).toBeDefined();
  });

  it('refuses to delete a person who still has a membership, then deletes them and undoes it', () => {
    const created = savePerson(t.db, null, person({ parliamentId: 990003 }), options);
    if (created.status !== 'saved') throw new Error('not saved');
    const id = Number(created.id);
    const partyId = t.db.select({ id: parties.id }).from(parties).get()!.id;
    t.db.insert(memberships).values({ personId: id, partyId, startDate: '2024-07-04' }).run();
    expect(personDeleteBlocker(t.db, id)).toBe('They still have 1 membership: delete those first (each deletion can be undone), then delete the person.');
    t.db.delete(memberships).where(eq(memberships.personId, id)).run();

    const deleted = deletePerson(t.db, id, options);
    expect(deleted.status).toBe('saved');
    expect(t.db.select().from(persons).where(eq(persons.id, id)).get()).toBeUndefined();
    if (deleted.status !== 'saved') return;
    expect(undoRevision(t.db, deleted.revisionId, { actor }).status).toBe('undone');
    expect(byParliamentId(990003)).toMatchObject({ id, name: 'Jo Bloggs' });
  });

  it('refuses, rather than fails, to undo the creation of a person others now refer to', () => {
    const created = savePerson(t.db, null, person({ parliamentId: 990004 }), options);
    if (created.status !== 'saved') throw new Error('not saved');
    const partyId = t.db.select({ id: parties.id }).from(parties).get()!.id;
    t.db.insert(memberships).values({ personId: Number(created.id), partyId, startDate: '2024-07-04' }).run();
    const undo = t.db.transaction((tx) => undoRevision(tx, created.revisionId, { actor }));
    expect(undo).toEqual({ status: 'refused', reason: expect.stringContaining('Other records still refer to this person') });
    expect(byParliamentId(990004)).toBeDefined();
  });
});
