// An MP's record (db/queries/person.ts listPersonVotes) is read from the index on person alone, with each vote's
// division taken from every division's titles and dates, read once per data version. It must give, row for row and in the same
// order, what joining the tables gives: for every member of records of several Parliaments, and again after an
// editor changes a vote, a whip, a division's title and time and a seat's name, and after those changes are undone.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoRevision } from '@/db/mutations/records';
import { correctVote } from '@/db/mutations/vote-corrections';
import { listPersonVotes, type PersonVoteRow } from '@/db/queries/person';
import { constituencies, divisions, persons, revisions, votes, whips } from '@/db/schema';
import { releaseAppDb, useSeededAppDbWithParliaments } from './support/app-db';
import { fullScansOf, recordStatements } from './support/statement-log';
import type { TempDb } from './support/temp-db';

const QURESHI = 3924; // Labour, an aye in division 1666
const actor = { id: 'editor-account', label: 'editor@person-record.test' };

describe('an MP’s record read from the index', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDbWithParliaments();
  });
  afterAll(() => releaseAppDb(t));

  /** The record as joining the tables reads it: newest first (latest held, then the later division). */
  const joined = (personId: number): PersonVoteRow[] =>
    t.db
      .all<Omit<PersonVoteRow, 'isTeller'> & { isTeller: number }>(
        sql`select v.division_id as divisionId, d.official_id as officialId, d.date, d.held_at as heldAt,
                   d.official_title as officialTitle, d.short_title as shortTitle, v.position, v.party_id as partyId,
                   c.name as constituencyName, w.instruction as whipInstruction, w.strength as whipStrength,
                   w.basis as whipBasis, v.is_teller as isTeller, v.proxy_name as proxyName
              from votes v join divisions d on d.id = v.division_id
              left join constituencies c on c.id = v.constituency_id
              left join whips w on w.division_id = v.division_id and w.party_id = v.party_id
             where v.person_id = ${personId}
             order by d.held_at desc, d.id desc`,
      )
      .map((row) => ({ ...row, isTeller: row.isTeller === 1 }));
  const everyone = () => t.db.selectDistinct({ id: votes.personId }).from(votes).all().map((p) => p.id);
  const personId = (memberId: number) => t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, memberId)).get()!.id;
  const expectEveryRecordAsJoined = () => {
    const people = everyone();
    expect(people.length).toBeGreaterThan(1000);
    for (const id of people) expect(listPersonVotes(id)).toEqual(joined(id));
  };

  it('gives every member’s record as joining the tables does, across several Parliaments', () => {
    expectEveryRecordAsJoined();
    // Records that span the Parliaments, and tellers and proxies among the rows.
    expect(Math.max(...everyone().map((id) => new Set(listPersonVotes(id).map((v) => v.date.slice(0, 4))).size))).toBeGreaterThan(1);
    const rows = everyone().flatMap((id) => listPersonVotes(id));
    expect(rows.some((v) => v.isTeller)).toBe(true);
    expect(rows.some((v) => v.proxyName !== null)).toBe(true);
    expect(rows.some((v) => v.whipInstruction !== null)).toBe(true);
  });

  it('follows an editor’s changes to a vote, a whip, a division’s title and time and a seat, and their undoing', () => {
    const qureshi = personId(QURESHI);
    const before = listPersonVotes(qureshi);
    const vote = before.find((v) => v.officialId === 1666)!;
    expect(vote.position).toBe('aye');
    const firstChange = t.db.select({ id: sql<number>`max(${revisions.id})` }).from(revisions).get()!.id ?? 0;

    const saved = t.db.transaction((tx) => correctVote(tx, vote.divisionId, qureshi, { position: 'no', isTeller: false, proxyName: null }, { actor }));
    expect(saved.status).toBe('saved');
    t.db.update(whips).set({ instruction: 'no', basis: 'reported' }).where(sql`${whips.divisionId} = ${vote.divisionId} and ${whips.partyId} = ${vote.partyId}`).run();
    t.db.update(divisions).set({ shortTitle: 'A retitled division' }).where(eq(divisions.id, vote.divisionId)).run();
    t.db.update(constituencies).set({ name: 'A renamed seat' }).where(eq(constituencies.name, vote.constituencyName!)).run();
    // Two divisions held at the same moment (a time corrected to another's): the later division first, as joined.
    const other = before.find((v) => v.divisionId !== vote.divisionId)!;
    t.db.update(divisions).set({ heldAt: vote.heldAt }).where(eq(divisions.id, other.divisionId)).run();
    expect(listPersonVotes(qureshi).filter((v) => v.heldAt === vote.heldAt).map((v) => v.divisionId)).toEqual(
      [vote.divisionId, other.divisionId].sort((a, b) => b - a),
    );

    const after = listPersonVotes(qureshi).find((v) => v.divisionId === vote.divisionId)!;
    expect(after).toMatchObject({ position: 'no', whipInstruction: 'no', shortTitle: 'A retitled division', constituencyName: 'A renamed seat' });
    expectEveryRecordAsJoined();

    const undone = t.db.select({ id: revisions.id }).from(revisions).where(sql`${revisions.id} > ${firstChange}`).all();
    expect(undone.length).toBeGreaterThan(0);
    for (const change of undone.reverse()) expect(undoRevision(t.db, change.id, { actor }).status).toBe('undone');
    expect(listPersonVotes(qureshi).find((v) => v.divisionId === vote.divisionId)!.position).toBe('aye');
    expectEveryRecordAsJoined();
  });

  it('reads the votes from the index on person alone, and no table whole but the divisions it keeps', () => {
    const longest = t.db.get<{ id: number }>(sql`select person_id as id from votes group by person_id order by count(*) desc limit 1`).id;
    const { statements } = recordStatements(t.db, () => listPersonVotes(longest));
    const ofVotes = statements.filter((s) => /\bvotes\b/i.test(s.sql));
    expect(ofVotes).toHaveLength(1);
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${ofVotes[0]!.sql}`).all(...ofVotes[0]!.params) as { detail: string }[];
    // The votes from the index alone; each vote's seat and whip by its key.
    expect(plan.map((p) => p.detail)).toEqual([
      'SEARCH v USING COVERING INDEX votes_person_idx (person_id=?)',
      'SEARCH c USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN',
      'SEARCH w USING INDEX whips_division_party_unique (division_id=? AND party_id=?) LEFT-JOIN',
    ]);
    expect(fullScansOf(t.db, statements, ['votes', 'whips', 'division_party_tallies', 'constituencies', 'persons'])).toEqual([]);
    // Made once for the data version: a second record reads only its votes.
    const qureshi = personId(QURESHI);
    const { statements: second } = recordStatements(t.db, () => {
      listPersonVotes(longest);
      return listPersonVotes(qureshi);
    });
    expect(second.filter((s) => /\bvotes\b/i.test(s.sql))).toHaveLength(2);
    expect(second.filter((s) => !/\bvotes\b/i.test(s.sql))).toHaveLength(statements.length - 1);
  });
});
