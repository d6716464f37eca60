import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { divisions, importRuns, persons, posts, stances, topicDivisions, whips } from '@/db/schema';
import { createTempDb, tableCounts, voteDump, type TempDb } from './support/temp-db';

describe('seeding the real record of 15 November 2023', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
  });
  afterEach(() => t.close());

  it('loads all 650 MPs, division 1666 with every vote, the whips, posts, topic and stances', () => {
    const result = seedDatabase(t.db);
    expect(result.status).toBe('seeded');
    expect(tableCounts(t.db)).toMatchObject({
      persons: 650,
      // The 650 seats of 2010–2024 from members.csv, and the 650 of 2024 (data/constituencies), five of which kept
      // their ONS code and boundaries and run on as the same seat.
      constituencies: 1295,
      memberships: 650,
      divisions: 1,
      votes: 650,
      // Lab, Con, SNP, LD, PC, SDLP, Alliance, Green, Alba: DUP (split) and Sinn Féin have no whip recorded.
      whips: 9,
      posts: 11,
      topics: 1,
      topic_divisions: 1,
      stances: 23,
    });

    const division = t.db.select().from(divisions).where(eq(divisions.officialId, 1666)).get();
    expect(division).toMatchObject({ ayeCount: 125, noCount: 293, number: 3, date: '2023-11-15', heldAt: '2023-11-15T19:14:00' });
    expect(division?.shortTitle).toMatch(/immediate ceasefire/);
    expect(division?.resultText).toMatch(/Negatived/);

    const proxies = t.db.get<{ n: number }>(sql`select count(*) as n from votes where proxy_name is not null`);
    expect(proxies.n).toBe(11);
    const tellers = t.db.all<{ position: string; n: number }>(sql`select position, count(*) as n from votes where is_teller = 1 group by position`);
    expect(tellers).toEqual([
      { position: 'aye', n: 2 },
      { position: 'no', n: 2 },
    ]);

    const labourWhip = t.db.get<{ instruction: string; strength: number; basis: string }>(
      sql`select instruction, strength, basis from whips w join parties p on p.id = w.party_id where p.abbreviation = 'Lab'`,
    );
    expect(labourWhip).toEqual({ instruction: 'abstain', strength: 3, basis: 'reported' });

    const qureshi = t.db.select({ id: persons.id, slug: persons.slug }).from(persons).where(eq(persons.parliamentId, 3924)).get();
    expect(qureshi?.slug).toBe('yasmin-qureshi');
    const sortNames = t.db.select({ sortName: persons.sortName }).from(persons).where(sql`${persons.parliamentId} in (4396, 3924)`).all();
    expect(sortNames.map((p) => p.sortName).sort()).toEqual(['Long Bailey, Rebecca', 'Qureshi, Yasmin']);
    const post = t.db.select().from(posts).where(eq(posts.personId, qureshi?.id ?? -1)).get();
    expect(post).toMatchObject({
      title: 'Shadow Minister for Women and Equalities',
      kind: 'shadow_minister',
      side: 'opposition',
      endDate: '2023-11-15',
      endReason: 'resigned',
      endedOverDivisionId: division?.id,
    });
    expect(post?.sources.length).toBeGreaterThanOrEqual(2);

    const linked = t.db.select().from(posts).where(eq(posts.endedOverDivisionId, division?.id ?? -1)).all();
    expect(linked).toHaveLength(10);

    expect(t.db.select().from(topicDivisions).all()).toEqual([{ topicId: 1, divisionId: division?.id, supportingLobby: 'aye' }]);
    const qureshiStances = t.db.select().from(stances).where(eq(stances.personId, qureshi?.id ?? -1)).all();
    expect(qureshiStances.map((s) => s.quote)).toContain('I intend to vote for this motion.');
    expect(qureshiStances.every((s) => s.position === 'supports')).toBe(true);
  });

  it('changes nothing when run again', () => {
    seedDatabase(t.db);
    const counts = tableCounts(t.db);
    const votesBefore = voteDump(t.db);
    const second = seedDatabase(t.db);
    expect(second.status).toBe('already-seeded');
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votesBefore);
  });

  it('duplicates nothing and keeps editors’ corrections when the seed files change and it runs again', () => {
    seedDatabase(t.db);
    // An editor corrects a whip; then the project ships a new seed (simulated by forgetting the last run).
    t.db.update(whips).set({ note: 'Corrected by an editor' }).where(eq(whips.instruction, 'abstain')).run();
    t.db.delete(importRuns).run();
    const counts = tableCounts(t.db);
    const votesBefore = voteDump(t.db);
    const again = seedDatabase(t.db);
    expect(again.status).toBe('seeded');
    expect(Object.values(again.summary).every((n) => n === 0)).toBe(true);
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votesBefore);
    expect(t.db.select({ note: whips.note }).from(whips).where(eq(whips.instruction, 'abstain')).get()?.note).toBe('Corrected by an editor');
  });
});
