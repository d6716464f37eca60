import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDivisionMetadata } from '@/db/mutations/division-metadata';
import { correctVote, writeVoteEntries, type VoteEntry } from '@/db/mutations/vote-corrections';
import { constituencies, divisions, parties, persons, revisions, votes } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { describeVoteCsvProblem, parseVoteCsv } from '@/lib/import/vote-csv';
import { voteVersion } from '@/lib/validation/votes';
import { createTempDb, tableCounts, voteDump, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };

describe('admin: pasting and correcting votes', () => {
  let t: TempDb;
  let division1666: number;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
    division1666 = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
  });
  afterEach(() => t.close());

  /** Parses like the form does, then checks against the database and writes, in one transaction. */
  const paste = (divisionId: number, csv: string) => {
    const { rows, problems } = parseVoteCsv(csv);
    const entries: VoteEntry[] = rows.map((r) => ({ line: r.line, memberId: r.member_id, position: r.vote, isTeller: r.teller, proxyName: r.proxy }));
    const result = t.db.transaction((tx) => writeVoteEntries(tx, divisionId, entries, { actor, reason: 'CSV paste', problemsSoFar: problems }));
    return result.status === 'invalid' ? { status: 'invalid' as const, messages: result.problems.map(describeVoteCsvProblem) } : result;
  };
  const voteOf = (divisionId: number, parliamentId: number) =>
    t.db
      .select({ position: votes.position, isTeller: votes.isTeller, proxyName: votes.proxyName, partyId: votes.partyId, constituencyId: votes.constituencyId, memberFrom: votes.memberFrom })
      .from(votes)
      .innerJoin(persons, eq(persons.id, votes.personId))
      .where(and(eq(votes.divisionId, divisionId), eq(persons.parliamentId, parliamentId)))
      .get();

  it('names the line of a bad vote word, a bad member id and a bad teller flag, and reads every line', () => {
    const result = paste(division1666, 'member_id,vote,teller\n3924,maybe,\n\nabc,aye,\n4357,aye,perhaps\n172,absent,yes\n3924,no,');
    expect(result).toEqual({
      status: 'invalid',
      messages: [
        'Line 2: “maybe” is not a vote: use aye, no, both, absent',
        'Line 4: the member id must be a whole number (the Parliament member id) (got “abc”)',
        'Line 5: the teller column must be yes or no (or empty), not "perhaps"',
        'Line 6: a teller told for a lobby, so their vote cannot be absent',
      ],
    });
    expect(parseVoteCsv('member_id,position\n3924,aye').problems).toEqual([
      { line: 1, message: 'Unknown column “position”. Start with the header line member_id,vote (optionally followed by ,teller,proxy)' },
    ]);
    expect(parseVoteCsv('member_id,vote\n3924,aye\n3924,no').problems).toEqual([{ line: 3, message: 'member 3924 is also on line 2: list each member once' }]);
  });

  it('refuses an unknown member id and a member who was not an MP that day, telling the editor to add a membership', () => {
    t.db.insert(persons).values({ parliamentId: 999998, name: 'Jo Bloggs', sortName: 'Bloggs, Jo', slug: 'jo-bloggs' }).run();
    const result = paste(division1666, 'member_id,vote\n4357,maybe\n3924,no\n999999,aye\n999998,aye');
    expect(result).toEqual({
      status: 'invalid',
      messages: [
        'Line 2: “maybe” is not a vote: use aye, no, both, absent',
        'Line 4: no member has the Parliament id 999999: check the id, or add the person first',
        'Line 5: Jo Bloggs (member 999998) was not an MP on 15 Nov 2023: no membership covers that date. Add a membership for them first, then enter the vote again',
      ],
    });
  });

  it('writes all the votes or none: one bad line leaves every vote as it was', () => {
    const before = voteDump(t.db);
    const counts = tableCounts(t.db);
    expect(paste(division1666, 'member_id,vote\n3924,no\n4357,both\n999999,aye').status).toBe('invalid');
    expect(voteDump(t.db)).toBe(before);
    expect(tableCounts(t.db)).toEqual(counts);

    const saved = paste(division1666, 'member_id,vote,teller,proxy\n3924,no,,\n4357,aye,yes,\n172,aye,,');
    expect(saved).toMatchObject({ status: 'saved', changed: 1 });
    expect(voteOf(division1666, 3924)?.position).toBe('no');
    const changes = t.db.select().from(revisions).where(eq(revisions.tableName, 'division_votes')).all();
    expect(changes).toHaveLength(1);
    expect((changes[0]!.before as { votes: { position: string }[] }).votes.map((v) => v.position)).toEqual(['aye']);
  });

  it('takes party and seat on the day from the membership covering the division’s date', () => {
    const created = saveDivisionMetadata(
      t.db,
      null,
      { house: 'commons', heldAt: '2023-11-15T22:00:00', number: 4, officialId: null, officialTitle: 'A later division that day', shortTitle: null, motionText: null, motionTextSource: null, movedBy: null, ayeCount: 1, noCount: 0, resultText: null, isDeferred: false, hansardUrl: null, hansardReference: null, sources: [] },
      { actor, expectedUpdatedAt: null },
    );
    if (created.status !== 'saved') throw new Error('not created');
    const divisionId = Number(created.id);
    expect(paste(divisionId, 'member_id,vote\n3924,aye\n172,no')).toMatchObject({ status: 'saved', changed: 2 });
    const labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
    const independent = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Ind')).get()!.id;
    const bolton = t.db.select({ id: constituencies.id }).from(constituencies).where(eq(constituencies.name, 'Bolton South East')).get()!.id;
    expect(voteOf(divisionId, 3924)).toEqual({ position: 'aye', isTeller: false, proxyName: null, partyId: labour, constituencyId: bolton, memberFrom: 'Bolton South East' });
    // Diane Abbott (172) sat as an Independent that day: the membership says so, whatever her party later.
    expect(voteOf(divisionId, 172)?.partyId).toBe(independent);
  });

  it('corrects one vote, keeping the party and seat the record gave it', () => {
    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!.id;
    const recorded = voteOf(division1666, 3924)!;
    const result = t.db.transaction((tx) => correctVote(tx, division1666, qureshi, { position: 'both', isTeller: true, proxyName: 'A Proxy' }, { actor }));
    expect(result).toMatchObject({ status: 'saved', changed: 1 });
    expect(voteOf(division1666, 3924)).toEqual({ ...recorded, position: 'both', isTeller: true, proxyName: 'A Proxy' });
  });

  it('refuses a correction based on a vote another editor has changed since, and shows theirs', () => {
    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!.id;
    const opened = voteVersion(voteOf(division1666, 3924)!);
    expect(opened).toBe('aye||');
    const first = t.db.transaction((tx) =>
      correctVote(tx, division1666, qureshi, { position: 'both', isTeller: false, proxyName: null }, { actor, expectedVersion: opened }),
    );
    expect(first.status).toBe('saved');
    const second = t.db.transaction((tx) =>
      correctVote(tx, division1666, qureshi, { position: 'no', isTeller: false, proxyName: null }, { actor, expectedVersion: opened }),
    );
    expect(second).toEqual({ status: 'conflict', current: { position: 'both', isTeller: false, proxyName: null, version: 'both||' } });
    expect(voteOf(division1666, 3924)?.position).toBe('both');
  });
});
