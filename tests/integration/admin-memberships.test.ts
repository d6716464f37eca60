import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodsOverlap, saveMembership, type MembershipInput } from '@/db/mutations/membership-edits';
import { deleteRecord, undoRevision } from '@/db/mutations/records';
import { constituencies, memberships, parties, persons, revisions } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { membershipFormSchema } from '@/lib/validation/memberships';
import { createTempDb, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };
const options = { actor, expectedUpdatedAt: null };

describe('the membership form’s rules', () => {
  const form = { person: 'Jo Bloggs', house: 'commons', party: '3', startDate: '2023-11-20', datesBasis: 'editor' };

  it('parses a whole period, with sources one a line', () => {
    const parsed = membershipFormSchema.parse({ ...form, endDate: '2024-05-30', endReason: 'general election', sources: 'https://example.org/a - note' });
    expect(parsed).toMatchObject({ party: 3, constituency: null, startDate: '2023-11-20', endDate: '2024-05-30', sources: [{ url: 'https://example.org/a', note: 'note' }] });
  });

  it('refuses an impossible date, an end before the start, and a missing start, each on its field', () => {
    const errors = (input: Record<string, unknown>) =>
      Object.fromEntries((membershipFormSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(errors({ ...form, startDate: '2023-02-30' })).toEqual({ startDate: 'The start date must be a real date, like 15/11/2023 (“2023-02-30” is not a day on the calendar)' });
    expect(errors({ ...form, startDate: 'soon' })).toEqual({ startDate: 'The start date must be a real date, like 15/11/2023' });
    expect(errors({ ...form, endDate: '2023-11-01' })).toEqual({ endDate: 'The period cannot end before it starts: check both dates' });
    expect(errors({ ...form, startDate: undefined, party: undefined })).toMatchObject({
      startDate: 'Enter the date the period started, like 15/11/2023',
      party: expect.stringContaining('Choose the party'),
    });
    expect(errors({ ...form, endReason: 'whip suspended' })).toEqual({ endDate: 'Enter the date the period ended: “How it ended” says it ended (or empty that field)' });
  });

  it('reads dates as editors type them, and stores them as ISO dates', () => {
    expect(membershipFormSchema.parse({ ...form, startDate: '20/11/2023', endDate: '30 May 2024' })).toMatchObject({ startDate: '2023-11-20', endDate: '2024-05-30' });
  });

  it('clears the constituency of a Lords membership rather than refusing it, and says so', () => {
    expect(membershipFormSchema.parse({ ...form, house: 'lords', constituency: '5' })).toMatchObject({ house: 'lords', constituency: null, cleared: ['constituency'] });
    expect(membershipFormSchema.parse({ ...form, constituency: '5' })).toMatchObject({ house: 'commons', constituency: 5, cleared: [] });
  });

  it('lets periods share only the hand-over day', () => {
    const labour = { startDate: '2019-12-12', endDate: '2023-11-20' };
    expect(periodsOverlap(labour, { startDate: '2023-11-20', endDate: null })).toBe(false);
    expect(periodsOverlap(labour, { startDate: '2023-11-19', endDate: null })).toBe(true);
    expect(periodsOverlap({ startDate: '2019-12-12', endDate: null }, { startDate: '2023-11-20', endDate: null })).toBe(true);
    expect(periodsOverlap({ startDate: '2023-11-15', endDate: '2023-11-15' }, { startDate: '2023-11-15', endDate: '2024-01-01' })).toBe(true);
    expect(periodsOverlap(labour, { startDate: '2018-01-01', endDate: '2019-12-12' })).toBe(false);
  });
});

describe('saving memberships', () => {
  let t: TempDb;
  let personId: number;
  let labour: number;
  let independent: number;
  let seat: typeof constituencies.$inferSelect;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
    personId = t.db.insert(persons).values({ name: 'Jo Bloggs', sortName: 'Bloggs, Jo', slug: 'jo-bloggs-test' }).returning().get().id;
    labour = t.db.select().from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
    independent = t.db.select().from(parties).where(eq(parties.abbreviation, 'Ind')).get()!.id;
    seat = t.db.select().from(constituencies).where(eq(constituencies.name, 'Bolton South East')).get()!;
  });
  afterEach(() => t.close());

  const period = (overrides: Partial<MembershipInput> = {}): MembershipInput => ({
    personId,
    house: 'commons',
    partyId: labour,
    constituencyId: seat.id,
    startDate: '2019-12-12',
    endDate: '2024-05-30',
    endReason: null,
    datesBasis: 'editor',
    sources: [],
    ...overrides,
  });

  it('refuses a period that overlaps another in the same house, naming it and its dates', () => {
    const first = saveMembership(t.db, null, period(), options);
    expect(first.status).toBe('saved');
    const second = saveMembership(t.db, null, period({ partyId: independent, startDate: '2023-11-20', endDate: '2024-05-30' }), options);
    expect(second).toEqual({
      status: 'invalid',
      fieldErrors: {
        startDate: [
          `This overlaps their Labour period for Bolton South East from 2019-12-12 to 2024-05-30 (membership #${first.status === 'saved' ? first.id : ''}). ` +
            'End that period first, or change these dates: a new period may start on the day the old one ends.',
        ],
      },
    });
    expect(t.db.select().from(memberships).where(eq(memberships.personId, personId)).all()).toHaveLength(1);
  });

  it('puts the overlap on the end date when the new period runs into a later one', () => {
    saveMembership(t.db, null, period({ startDate: '2023-11-20' }), options);
    const earlier = saveMembership(t.db, null, period({ startDate: '2019-12-12', endDate: '2023-12-01' }), options);
    expect(earlier.status === 'invalid' && Object.keys(earlier.fieldErrors)).toEqual(['endDate']);
  });

  it('takes a suspended whip as a new period once the old one is ended, and ignores the other house', () => {
    const first = saveMembership(t.db, null, period(), options);
    if (first.status !== 'saved') throw new Error('not saved');
    const ended = saveMembership(t.db, Number(first.id), period({ endDate: '2023-11-20', endReason: 'whip suspended' }), options);
    expect(ended.status).toBe('saved');
    const suspended = saveMembership(t.db, null, period({ partyId: independent, startDate: '2023-11-20', endDate: '2024-05-30' }), options);
    expect(suspended.status).toBe('saved');
    const lords = saveMembership(t.db, null, period({ house: 'lords', constituencyId: null, startDate: '2020-01-01', endDate: null }), options);
    expect(lords.status).toBe('saved');
    expect(t.db.select().from(revisions).where(eq(revisions.tableName, 'memberships')).all().map((r) => r.action)).toEqual(['create', 'update', 'create', 'create']);
  });

  it('does not count a period as overlapping itself when edited', () => {
    const first = saveMembership(t.db, null, period(), options);
    if (first.status !== 'saved') throw new Error('not saved');
    expect(saveMembership(t.db, Number(first.id), period({ startDate: '2019-12-13' }), options).status).toBe('saved');
  });

  it('refuses a seat whose boundaries do not cover the period', () => {
    const after = saveMembership(t.db, null, period({ startDate: '2024-07-04', endDate: null }), options);
    expect(after.status === 'invalid' && after.fieldErrors.constituency).toEqual([
      'Bolton South East with these boundaries ended on 2024-07-03: end this period by then, or choose the seat for the new boundaries',
    ]);
    const before = saveMembership(t.db, null, period({ startDate: '2005-05-05', endDate: '2010-05-06' }), options);
    expect(before.status === 'invalid' && before.fieldErrors.constituency?.[0]).toBe(
      'Bolton South East with these boundaries only exists from 2010-05-06: choose the seat for the boundaries in force on 2005-05-05',
    );
    expect(saveMembership(t.db, null, period({ startDate: '2010-05-06', endDate: '2024-07-03' }), options).status).toBe('saved');
  });

  it('deletes through the records engine and undoes the deletion', () => {
    const first = saveMembership(t.db, null, period(), options);
    if (first.status !== 'saved') throw new Error('not saved');
    const row = t.db.select().from(memberships).where(eq(memberships.id, Number(first.id))).get()!;
    const deleted = deleteRecord(t.db, 'memberships', first.id, { actor, expectedUpdatedAt: row.updatedAt });
    expect(deleted.status).toBe('saved');
    expect(t.db.select().from(memberships).where(eq(memberships.id, row.id)).get()).toBeUndefined();
    if (deleted.status !== 'saved') return;
    expect(undoRevision(t.db, deleted.revisionId, { actor }).status).toBe('undone');
    expect(t.db.select().from(memberships).where(eq(memberships.id, row.id)).get()).toMatchObject({ startDate: '2019-12-12', partyId: labour });
  });
});
