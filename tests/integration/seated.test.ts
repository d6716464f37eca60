// Members seated per party and day (rule 4's denominator) are counted from every Commons membership once per data
// version and shared by every page (db/queries/seated.ts). The shared counter must answer as counting afresh does,
// and must follow a change to the memberships at once.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMembersByParty } from '@/db/queries/members';
import { readSeatedByParty, readSeatedOnDays } from '@/db/queries/seated';
import { memberships, parties } from '@/db/schema';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

const DAY = '2023-11-15';

describe('members seated on a day', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  /** Members of each party seated on DAY, counted in SQL from the memberships. */
  const countedInSql = () =>
    new Map(
      t.db
        .all<{ partyId: number; members: number }>(sql`
          select party_id as partyId, count(distinct person_id) as members from memberships
          where house = 'commons' and substr(start_date, 1, 10) <= ${DAY} and (end_date is null or substr(end_date, 1, 10) >= ${DAY})
          group by party_id`)
        .map((r) => [r.partyId, r.members]),
    );
  const labour = () => t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;

  it('counts each party as the memberships do, 650 in all on the day of division 1666', () => {
    const expected = countedInSql();
    const counted = readSeatedByParty(expected.keys(), DAY);
    expect(counted).toEqual(expected);
    expect([...counted.values()].reduce((a, b) => a + b, 0)).toBe(650);
  });

  it('is counted once per data version and shared, not read again for each page', () => {
    expect(readSeatedOnDays()).toBe(readSeatedOnDays());
  });

  it('follows a change to the memberships at once', () => {
    const before = readSeatedOnDays()(labour(), DAY);
    const one = t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.partyId, labour()),
          eq(memberships.house, 'commons'),
          sql`substr(${memberships.startDate}, 1, 10) <= ${DAY}`,
          or(isNull(memberships.endDate), sql`substr(${memberships.endDate}, 1, 10) >= ${DAY}`),
        ),
      )
      .get()!;
    // The seeded record holds the one day, so the member is moved to another party rather than ended before it.
    const conservatives = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Con')).get()!.id;
    const conservativesBefore = readSeatedOnDays()(conservatives, DAY);
    t.db.update(memberships).set({ partyId: conservatives }).where(eq(memberships.id, one.id)).run();
    expect(readSeatedOnDays()(labour(), DAY)).toBe(before - 1);
    expect(readSeatedOnDays()(conservatives, DAY)).toBe(conservativesBefore + 1);
    t.db.update(memberships).set({ partyId: labour() }).where(eq(memberships.id, one.id)).run();
    expect(readSeatedOnDays()(labour(), DAY)).toBe(before);
  });
});

// The MPs page, its search and the party pages show how many MPs each party has now: counted once per data version.
describe('MPs per party now', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const byParty = () => new Map(countMembersByParty().map((c) => [c.partyId, c.members]));
  const partyId = (abbreviation: string) => t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, abbreviation)).get()!.id;

  it('counts every MP once, under their latest party, shared until the data changes', () => {
    expect([...byParty().values()].reduce((a, b) => a + b, 0)).toBe(650);
    expect(countMembersByParty()).toBe(countMembersByParty());
  });

  it('follows a change to the memberships at once', () => {
    const [labour, conservatives] = [partyId('Lab'), partyId('Con')];
    const before = byParty();
    const one = t.db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.partyId, labour), eq(memberships.house, 'commons'))).get()!;
    t.db.update(memberships).set({ partyId: conservatives }).where(eq(memberships.id, one.id)).run();
    expect(byParty().get(labour)).toBe(before.get(labour)! - 1);
    expect(byParty().get(conservatives)).toBe(before.get(conservatives)! + 1);
    t.db.update(memberships).set({ partyId: labour }).where(eq(memberships.id, one.id)).run();
    expect(byParty()).toEqual(before);
  });
});
