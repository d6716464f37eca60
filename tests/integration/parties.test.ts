// Every party (db/queries/parties.ts) is read once per data version and shared by every page: it must list the
// parties as the table holds them, and follow a change to them at once.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listParties } from '@/db/queries/parties';
import { parties } from '@/db/schema';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

describe('every party', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const inTable = () =>
    t.db.all<{ id: number; name: string }>(sql`select id, name from parties order by name`).map((p) => [p.id, p.name]);

  it('lists the parties by name, as the table holds them', () => {
    expect(listParties().map((p) => [p.id, p.name])).toEqual(inTable());
    expect(listParties().find((p) => p.abbreviation === 'Lab')).toMatchObject({ name: 'Labour', kind: 'party' });
  });

  it('is read once per data version and shared, not read again for each page', () => {
    expect(listParties()).toBe(listParties());
  });

  it('follows a renamed party, a new one and their undoing at once', () => {
    const labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
    t.db.update(parties).set({ name: 'Zz Labour' }).where(eq(parties.id, labour)).run();
    expect(listParties().at(-1)).toMatchObject({ id: labour, name: 'Zz Labour' });
    const added = t.db.insert(parties).values({ name: 'Aa New Party', abbreviation: 'ANP', kind: 'party' }).returning({ id: parties.id }).get().id;
    expect(listParties()[0]).toMatchObject({ id: added, name: 'Aa New Party', abbreviation: 'ANP' });
    expect(listParties().map((p) => [p.id, p.name])).toEqual(inTable());

    t.db.delete(parties).where(eq(parties.id, added)).run();
    t.db.update(parties).set({ name: 'Labour' }).where(eq(parties.id, labour)).run();
    expect(listParties().map((p) => p.abbreviation)).not.toContain('ANP');
    expect(listParties().map((p) => [p.id, p.name])).toEqual(inTable());
  });
});
