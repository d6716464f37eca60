import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNearestConstituencies, searchMembers } from '@/db/queries/members';
import { searchIndex } from '@/db/queries/search';
import { constituencies, persons } from '@/db/schema';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// "Find your MP" on the real record of 15 Nov 2023 (650 members), through the FTS5 index of migration 0002.

describe('member search (FTS5 trigram, with typo tolerance)', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const names = (query: string) => searchMembers({ query }).map((m) => m.name);

  it.each([
    ['Bolton South East', 'an exact constituency'],
    ['Bolton Sth East', 'an abbreviated word'],
    ['qureshi', 'a surname in lower case'],
    ['Yasmin Quereshi', 'a misspelt surname'],
    ['qures', 'a partial word'],
    ['Yasmin Qureshi', 'the full name'],
  ])('finds Yasmin Qureshi first for “%s” (%s)', (query) => {
    expect(names(query)[0]).toBe('Yasmin Qureshi');
  });

  it('finds exactly one MP for "Bolton South East", as the page says', () => {
    expect(names('Bolton South East')).toEqual(['Yasmin Qureshi']);
  });

  it('finds every Bolton seat for a partial place name, and nothing for nonsense', () => {
    expect(searchMembers({ query: 'bolton' }).map((m) => m.constituencyName).sort()).toEqual([
      'Bolton North East',
      'Bolton South East',
      'Bolton West',
    ]);
    expect(names('zzqxv')).toEqual([]);
  });

  it('ignores punctuation and accents: "Liverpool Riverside" finds Kim Johnson of "Liverpool, Riverside"', () => {
    expect(names('Liverpool Riverside')).toContain('Kim Johnson');
  });


  it('keeps the index in step: a renamed person and a new constituency are found, a deleted one is not', () => {
    const qureshi = t.db.select().from(persons).where(eq(persons.parliamentId, 3924)).get()!;
    t.db.update(persons).set({ name: 'Yasmin Qureshi-Testname' }).where(eq(persons.id, qureshi.id)).run();
    expect(searchIndex('Testname').map((h) => h.refId)).toEqual([qureshi.id]);
    t.db.update(persons).set({ name: qureshi.name }).where(eq(persons.id, qureshi.id)).run();
    expect(searchIndex('Testname')).toEqual([]);

    const seat = t.db
      .insert(constituencies)
      .values({ name: 'Bolton Central and Farnworth', validFrom: '2034-07-04' })
      .returning({ id: constituencies.id })
      .get();
    expect(searchIndex('Farnworth', { kinds: ['constituency'] }).map((h) => h.refId)).toEqual([seat.id]);
    t.db.delete(constituencies).where(eq(constituencies.id, seat.id)).run();
    expect(searchIndex('Farnworth', { kinds: ['constituency'] }).map((h) => h.refId)).not.toContain(seat.id);
  });

  it('offers the nearest seats by name for a seat we do not hold, from every boundary set', () => {
    const nearest = findNearestConstituencies('Bolton South and Farnworth').map((c) => c.name);
    expect(nearest.slice(0, 2).sort()).toEqual(['Bolton South East', 'Bolton South and Walkden']);
    expect(nearest).toContain('Bolton West');
  });
});
