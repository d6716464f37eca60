// A division's members (db/queries/division-detail.ts listDivisionMembers) are read from the votes table alone, with
// each voter's name, seat and posts taken from every person's, seat's and post's, read once per data version. They
// must give, row for row and in the same order, what joining the tables gives: for every division of records of
// several Parliaments (members who left, new boundaries, party switches, both lobbies), and again after an editor
// renames a member and a seat, gives a member a post and corrects a vote, and after each is put back.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctVote } from '@/db/mutations/vote-corrections';
import { payrollPostColumns } from '@/db/queries/columns';
import { listDivisionMembers, listVotersPostsAround, type DivisionMemberRow, type PayrollPostRow } from '@/db/queries/division-detail';
import { constituencies, divisions, persons, posts, votes } from '@/db/schema';
import { releaseAppDb, useSeededAppDbWithParliaments } from './support/app-db';
import { fullScansOf, recordStatements } from './support/statement-log';
import type { TempDb } from './support/temp-db';

const QURESHI = 3924; // Labour, an aye in division 1666
const actor = { id: 'editor-account', label: 'editor@division-members.test' };

describe('a division’s members read from the votes alone', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDbWithParliaments();
  });
  afterAll(() => releaseAppDb(t));

  /** The members as joining the tables reads them: by sort name, then person. */
  const joined = (divisionId: number): DivisionMemberRow[] =>
    t.db
      .all<Omit<DivisionMemberRow, 'isTeller'> & { isTeller: number }>(
        sql`select v.person_id as personId, p.parliament_id as parliamentId, p.name, p.sort_name as sortName,
                   v.position, v.is_teller as isTeller, v.proxy_name as proxyName, v.party_id as partyId,
                   c.name as constituencyName, p.posts_known as postsKnown, p.posts_known_on as postsKnownOn
              from votes v join persons p on p.id = v.person_id
              left join constituencies c on c.id = v.constituency_id
             where v.division_id = ${divisionId}
             order by p.sort_name, v.person_id`,
      )
      .map((row) => ({ ...row, isTeller: row.isTeller === 1 }));
  /** The voters' posts that may cover the day, as joining the tables reads them: by person, then as entered. */
  const postsJoined = (divisionId: number, date: string): PayrollPostRow[] => {
    const day = date.slice(0, 10);
    return t.db
      .select(payrollPostColumns)
      .from(posts)
      .innerJoin(votes, and(eq(votes.personId, posts.personId), eq(votes.divisionId, divisionId)))
      .where(
        and(
          or(isNull(posts.startDate), sql`substr(${posts.startDate}, 1, 10) <= ${day}`),
          or(isNull(posts.endDate), sql`substr(${posts.endDate}, 1, 10) >= ${day}`),
        ),
      )
      .orderBy(posts.personId, posts.id)
      .all();
  };
  const byPerson = (rows: PayrollPostRow[]) => [...rows].sort((a, b) => a.personId - b.personId);
  const everyDivision = () => t.db.select({ id: divisions.id, date: divisions.date }).from(divisions).all();

  const expectEveryDivisionAsJoined = () => {
    const all = everyDivision();
    expect(all.length).toBeGreaterThanOrEqual(4);
    let members = 0;
    let held = 0;
    for (const division of all) {
      const read = listDivisionMembers(division.id);
      expect(read).toEqual(joined(division.id));
      members += read.length;
      // In the voters' order; the posts of each voter as entered.
      const around = listVotersPostsAround(read, division.date);
      expect(byPerson(around)).toEqual(postsJoined(division.id, division.date));
      held += around.length;
    }
    // Every seat of four Parliaments, and the posts around division 1666.
    expect(members).toBeGreaterThan(2000);
    expect(held).toBeGreaterThan(10);
  };

  it('gives every division’s members and their posts as joining the tables does, across several Parliaments', () => {
    expectEveryDivisionAsJoined();
    const rows = everyDivision().flatMap((d) => listDivisionMembers(d.id));
    expect(rows.some((m) => m.isTeller)).toBe(true);
    expect(rows.some((m) => m.proxyName !== null)).toBe(true);
    expect(rows.some((m) => m.position === 'both')).toBe(true);
  });

  it('follows an editor’s changes to a member’s name, a seat, a post and a vote, and their putting back', () => {
    const division = t.db.select({ id: divisions.id, date: divisions.date }).from(divisions).where(eq(divisions.officialId, 1666)).get()!;
    const qureshi = t.db.select({ id: persons.id, name: persons.name, sortName: persons.sortName }).from(persons).where(eq(persons.parliamentId, QURESHI)).get()!;
    const before = listDivisionMembers(division.id).find((m) => m.personId === qureshi.id)!;
    expect(before).toMatchObject({ position: 'aye', name: qureshi.name });
    const seat = t.db.select({ id: constituencies.id }).from(constituencies).where(eq(constituencies.name, before.constituencyName!)).get()!;

    // Renamed first in the alphabet, her seat renamed, a post held on the day, her vote corrected.
    t.db.update(persons).set({ name: 'Aaron Aardvark', sortName: 'Aardvark, Aaron' }).where(eq(persons.id, qureshi.id)).run();
    t.db.update(constituencies).set({ name: 'A renamed seat' }).where(eq(constituencies.id, seat.id)).run();
    const post = t.db
      .insert(posts)
      .values({ personId: qureshi.id, title: 'A post for the test', kind: 'pps', side: 'opposition', startDate: '2023-01-01', endDate: null })
      .returning({ id: posts.id })
      .get().id;
    const saved = t.db.transaction((tx) => correctVote(tx, division.id, qureshi.id, { position: 'no', isTeller: false, proxyName: null }, { actor }));
    expect(saved.status).toBe('saved');

    const members = listDivisionMembers(division.id);
    expect(members[0]).toMatchObject({ personId: qureshi.id, name: 'Aaron Aardvark', constituencyName: 'A renamed seat', position: 'no' });
    expect(listVotersPostsAround(members, division.date).filter((p) => p.personId === qureshi.id)).toContainEqual(expect.objectContaining({ kind: 'pps', endDate: null }));
    expectEveryDivisionAsJoined();

    // Put back: her name, seat, posts and vote as they were.
    t.db.delete(posts).where(eq(posts.id, post)).run();
    t.db.update(constituencies).set({ name: before.constituencyName! }).where(eq(constituencies.id, seat.id)).run();
    t.db.update(persons).set({ name: qureshi.name, sortName: qureshi.sortName }).where(eq(persons.id, qureshi.id)).run();
    t.db.transaction((tx) => correctVote(tx, division.id, qureshi.id, { position: 'aye', isTeller: false, proxyName: null }, { actor }));
    expect(listDivisionMembers(division.id).find((m) => m.personId === qureshi.id)).toEqual(before);
    expectEveryDivisionAsJoined();

    // A vote with no party or seat recorded, cast by a proxy whose name has commas and quotes in it, by a teller.
    const herVote = and(eq(votes.divisionId, division.id), eq(votes.personId, qureshi.id));
    t.db.update(votes).set({ partyId: null, constituencyId: null, proxyName: 'O’Brien, "Jim", [proxy]', isTeller: true }).where(herVote).run();
    expect(listDivisionMembers(division.id).find((m) => m.personId === qureshi.id)).toEqual({
      ...before,
      partyId: null,
      constituencyName: null,
      proxyName: 'O’Brien, "Jim", [proxy]',
      isTeller: true,
    });
    expectEveryDivisionAsJoined();
    t.db.update(votes).set({ partyId: before.partyId, constituencyId: seat.id, proxyName: null, isTeller: false }).where(herVote).run();
    expect(listDivisionMembers(division.id).find((m) => m.personId === qureshi.id)).toEqual(before);
  });

  it('reads the votes by the index on division, and no table whole but the persons, seats and posts it keeps', () => {
    const division = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!;
    // The kept persons, seats and posts are made for this data version by the first read (here of a division of no
    // votes); the next reads only its votes.
    const { statements: all } = recordStatements(t.db, () => {
      listDivisionMembers(0);
      return listDivisionMembers(division.id);
    });
    expect(all.map((s) => s.sql.match(/from "?(\w+)"?/i)?.[1])).toEqual(['persons', 'constituencies', 'posts', 'votes', 'votes']);
    const statements = all.slice(-1);
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${statements[0]!.sql}`).all(...statements[0]!.params) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual([expect.stringMatching(/^SEARCH votes USING INDEX \w+ \(division_id=\?\)$/)]);
    expect(fullScansOf(t.db, statements, ['votes', 'persons', 'posts'])).toEqual([]);
  });
});
