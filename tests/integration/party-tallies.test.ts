// The stored tallies (division_party_tallies: how many of each party's members voted each way in each division) are
// derived from the votes, kept by triggers on every write (drizzle/0005). After each way votes are written (the seed,
// the importer, a corrected record, an editor's correction and paste, a conflict kept, an upload, a deletion, and
// the undoing of each), they must equal the GROUP BY over the votes, row for row; and the readers that use them
// must give what counting the votes gave.
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDivisionRecord } from '@/db/mutations/division-upload';
import { deleteRecord, undoRevision } from '@/db/mutations/records';
import { correctVote, writeVoteEntries } from '@/db/mutations/vote-corrections';
import { listDivisionTotalsFacts, listDivisions, listVoteFacts } from '@/db/queries/divisions';
import { listParties } from '@/db/queries/parties';
import { judgePersonRecord, listPartyTallies, listPersonVotes, type PartyTallyRow } from '@/db/queries/person';
import { listRebelFacts, listScopeDivisions } from '@/db/queries/rebels';
import { readSeatedByParty, readSeatedOnDays } from '@/db/queries/seated';
import { divisionPartyTallies, divisions, parties, persons, revisions, votes } from '@/db/schema';
import { analyseDivision } from '@/lib/domain';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { summariseDivisions } from '@/lib/view/division-summary';
import { assessMemberVotes, listWhipGuessesNeeded } from '@/lib/view/member-view';
import { judgePartyLobbies } from '@/lib/view/rebels-facts';
import { releaseAppDb, useSeededAppDb, useSeededAppDbWithParliaments } from './support/app-db';
import { fullScansOf, recordStatements } from './support/statement-log';
import { readDivision1666, type TempDb } from './support/temp-db';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
const QURESHI = 3924; // Labour, an aye in division 1666
const actor = { id: 'editor-account', label: 'editor@tallies.test' };

type TallyRow = { division_id: number; party_id: number; position: string; members: number };

describe('the stored tallies follow every write of votes', () => {
  let t: TempDb;
  let division1666: number;
  let afterFixtures: TallyRow[];
  let firstChange: number;

  /** The stored tallies against a count of the votes, in one query: rows missing from either side. */
  const talliesOffBy = () =>
    t.db.all<{ side: string } & TallyRow>(sql`
      with counted as (
        select division_id, party_id, position, count(*) as members from votes where party_id is not null group by 1, 2, 3),
      stored as (select division_id, party_id, position, members from division_party_tallies)
      select 'not stored' as side, * from (select * from counted except select * from stored)
      union all
      select 'not counted' as side, * from (select * from stored except select * from counted)`);
  const storedTallies = () => t.db.all<TallyRow>(sql`select * from division_party_tallies order by 1, 2, 3`);
  const partyId = (abbreviation: string) => t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, abbreviation)).get()!.id;
  const personId = (memberId: number) => t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, memberId)).get()!.id;
  const stored = (divisionId: number, abbreviation: string, position: 'aye' | 'no' | 'both' | 'absent') =>
    t.db
      .select({ members: divisionPartyTallies.members })
      .from(divisionPartyTallies)
      .where(and(eq(divisionPartyTallies.divisionId, divisionId), eq(divisionPartyTallies.partyId, partyId(abbreviation)), eq(divisionPartyTallies.position, position)))
      .get()?.members ?? 0;
  const writeRecord = (name: string, record: unknown) => {
    const file = path.join(t.dir, name);
    fs.writeFileSync(file, JSON.stringify(record));
    return file;
  };

  beforeAll(() => {
    t = useSeededAppDb();
    division1666 = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
  });
  afterAll(() => releaseAppDb(t));

  it('after the seed: 56 Labour ayes in division 1666, and every tally as the votes count it', () => {
    expect(stored(division1666, 'Lab', 'aye')).toBe(56);
    expect(storedTallies().length).toBeGreaterThan(10);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after importing the fixture divisions of three Parliaments', () => {
    const summary = importDivisionFiles(t.db, [1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
    expect(summary.counts).toMatchObject({ new: 3, failed: 0 });
    expect(talliesOffBy()).toEqual([]);
    afterFixtures = storedTallies();
    firstChange = (t.db.get<{ id: number | null }>(sql`select max(id) as id from revisions`).id ?? 0) + 1;
  });

  it('after a corrected record moves a member from the noes to the ayes', () => {
    const record = readDivision1666();
    const moved = record.Noes.pop() as { MemberId: number; PartyAbbreviation: string };
    record.Ayes.push(moved);
    record.AyeCount = 126;
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-16T10:00:00';
    const ayesBefore = stored(division1666, moved.PartyAbbreviation, 'aye');
    expect(importDivisionFiles(t.db, [writeRecord('corrected.json', record)]).counts.changed).toBe(1);
    expect(stored(division1666, moved.PartyAbbreviation, 'aye')).toBe(ayesBefore + 1);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after an editor corrects a vote', () => {
    const saved = t.db.transaction((tx) => correctVote(tx, division1666, personId(QURESHI), { position: 'no', isTeller: false, proxyName: null }, { actor }));
    expect(saved).toMatchObject({ status: 'saved', changed: 1 });
    expect(stored(division1666, 'Lab', 'aye')).toBe(55);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after an editor pastes votes, a teller and an absent member among them', () => {
    const labourAyes = t.db
      .select({ memberId: persons.parliamentId })
      .from(votes)
      .innerJoin(persons, eq(persons.id, votes.personId))
      .where(and(eq(votes.divisionId, division1666), eq(votes.partyId, partyId('Lab')), eq(votes.position, 'aye')))
      .limit(3)
      .all();
    const entries = labourAyes.map((v, i) => ({
      line: i + 2,
      memberId: v.memberId!,
      position: (['both', 'absent', 'no'] as const)[i]!,
      isTeller: i === 2,
      proxyName: null,
    }));
    const result = t.db.transaction((tx) => writeVoteEntries(tx, division1666, entries, { actor, reason: 'CSV paste' }));
    expect(result).toMatchObject({ status: 'saved', changed: 3 });
    expect(stored(division1666, 'Lab', 'aye')).toBe(52);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after a record is loaded against an editor’s correction, the editor’s vote kept', () => {
    const record = readDivision1666();
    record.Ayes.push(record.Noes.shift() as Record<string, unknown>);
    record.AyeCount = 126;
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-17T10:00:00';
    const summary = importDivisionFiles(t.db, [writeRecord('corrected-again.json', record)]);
    expect(summary.results[0]).toMatchObject({ status: 'changed' });
    expect(summary.results[0]?.conflicts.map((c) => c.memberId)).toContain(QURESHI);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after an upload of a new division, and after deleting a division', () => {
    const record = { ...readDivision1666(), DivisionId: 99001, Number: 4 };
    const input = parseDivisionJson(JSON.stringify(record), 'upload.json');
    const uploaded = t.db.transaction((tx) => uploadDivisionRecord(tx, input, { actor, fileName: 'upload.json' }));
    expect(uploaded.status).toBe('new');
    expect(stored(uploaded.divisionId, 'Lab', 'aye')).toBe(56);
    expect(talliesOffBy()).toEqual([]);

    const fixture = t.db.select().from(divisions).where(eq(divisions.officialId, 1720)).get()!;
    expect(deleteRecord(t.db, 'divisions', String(fixture.id), { actor, expectedUpdatedAt: fixture.updatedAt }).status).toBe('saved');
    expect(t.db.select().from(divisionPartyTallies).where(eq(divisionPartyTallies.divisionId, fixture.id)).all()).toEqual([]);
    expect(talliesOffBy()).toEqual([]);
  });

  it('after undoing each of these changes in turn, back to the tallies after the fixtures', () => {
    const changes = t.db.select({ id: revisions.id }).from(revisions).where(gt(revisions.id, firstChange - 1)).orderBy(revisions.id).all();
    expect(changes.length).toBeGreaterThanOrEqual(7);
    for (const change of changes.reverse()) {
      expect(undoRevision(t.db, change.id, { actor }).status).toBe('undone');
      expect(talliesOffBy()).toEqual([]);
    }
    expect(storedTallies()).toEqual(afterFixtures);
  });

  it('after votes are written in raw SQL: moved to another party, another way, or deleted', () => {
    const db = t.db.$client;
    db.prepare('update votes set party_id = ? where division_id = ? and person_id = ?').run(partyId('Con'), division1666, personId(QURESHI));
    expect(talliesOffBy()).toEqual([]);
    db.prepare("update votes set position = 'no', party_id = null where division_id = ? and person_id = ?").run(division1666, personId(QURESHI));
    expect(talliesOffBy()).toEqual([]);
    db.prepare("update votes set position = 'aye', party_id = ? where division_id = ? and person_id = ?").run(partyId('Lab'), division1666, personId(QURESHI));
    expect(storedTallies()).toEqual(afterFixtures);
    db.prepare('delete from votes where division_id = ? and party_id = ?').run(division1666, partyId('SNP'));
    expect(stored(division1666, 'SNP', 'aye')).toBe(0);
    expect(talliesOffBy()).toEqual([]);
  });
});

describe('the readers give what counting the votes gave', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDbWithParliaments();
  });
  afterAll(() => releaseAppDb(t));

  /** How listPartyTallies counted before the tallies were stored: a GROUP BY over the votes. */
  const countPartyTallies = (pairs: ReadonlyArray<{ divisionId: number; partyId: number }>): PartyTallyRow[] =>
    pairs.length === 0
      ? []
      : t.db.all<PartyTallyRow>(sql`
          select v.division_id as divisionId, v.position as position, count(*) as members
          from json_each(${JSON.stringify(pairs.map((p) => [p.divisionId, p.partyId]))}) as needed
          join votes v on v.division_id = needed.value ->> 0 and v.party_id = needed.value ->> 1
          group by v.division_id, v.position`);
  const byDivisionAndWay = (rows: PartyTallyRow[]) => [...rows].sort((a, b) => a.divisionId - b.divisionId || a.position.localeCompare(b.position));

  it('every MP’s record, judged with stored tallies, as judged with counted ones', () => {
    const kinds = new Map(listParties().map((p) => [p.id, p.kind]));
    const people = t.db.selectDistinct({ id: votes.personId }).from(votes).all();
    let guessed = 0;
    for (const { id } of people) {
      const record = listPersonVotes(id);
      const guesses = listWhipGuessesNeeded(record, kinds);
      guessed += guesses.length;
      expect(byDivisionAndWay(listPartyTallies(guesses))).toEqual(byDivisionAndWay(countPartyTallies(guesses)));
      const counted = assessMemberVotes(record, countPartyTallies(guesses), kinds, readSeatedOnDays());
      expect(judgePersonRecord(id)).toEqual(counted);
    }
    expect(people.length).toBeGreaterThan(1000);
    expect(guessed).toBeGreaterThan(100);
  });

  it('the divisions list’s rebels and departures, as analysing every vote gave them', () => {
    const { items } = listDivisions({ limit: 50, offset: 0 });
    expect(items.length).toBe(4);
    const totals = summariseDivisions({ divisionIds: items.map((d) => d.id), parties: listParties(), ...listDivisionTotalsFacts(items) });
    const facts = listDivisionTotalsFacts(items);
    let rebels = 0;
    for (const d of items) {
      const analysis = analyseDivision(
        listVoteFacts([d.id]),
        listParties(),
        new Map(facts.whips.filter((w) => w.divisionId === d.id).map((w) => [w.partyId, w])),
        readSeatedByParty(listParties().map((p) => p.id), d.date),
      );
      const counted = [...analysis.parties.values()].filter((p) => p.rebels > 0).map((p) => ({ partyId: p.partyId, rebels: p.rebels }));
      const summary = totals.get(d.id)!;
      expect([...summary.rebelsByParty].sort((a, b) => a.partyId - b.partyId)).toEqual(counted.sort((a, b) => a.partyId - b.partyId));
      expect(summary.rebels).toBe(counted.reduce((n, p) => n + p.rebels, 0));
      rebels += summary.rebels;
    }
    expect(rebels).toBeGreaterThanOrEqual(56);
    // Parties with as many rebels are listed by name, as the division page lists its rebels.
    const names = new Map(listParties().map((p) => [p.id, p.name]));
    for (const summary of totals.values()) {
      const order = summary.rebelsByParty.map((p) => [-p.rebels, names.get(p.partyId)!] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
    }
  });

  it('the explorer judges each party’s lobbies as it did from counted votes', () => {
    const scope = listScopeDivisions({ division: [], from: undefined, to: undefined });
    const facts = listRebelFacts(scope.divisions);
    const ids = scope.divisions.map((d) => d.id);
    const counted = t.db.all<{ divisionId: number; partyId: number; position: 'aye' | 'no' | 'both' | 'absent'; members: number }>(sql`
      select division_id as divisionId, party_id as partyId, position, count(*) as members from votes
      where division_id in (select value from json_each(${JSON.stringify(ids)})) and party_id is not null
      group by division_id, party_id, position`);
    const seatedOn = readSeatedOnDays();
    const dateOf = new Map(scope.divisions.map((d) => [d.id, d.date]));
    const whips = listDivisionTotalsFacts(scope.divisions).whips;
    const judged = judgePartyLobbies({ tallies: counted, whips, parties: facts.parties, seated: (p, d) => seatedOn(p, dateOf.get(d) ?? '') });
    expect(facts.judgements).toEqual(judged);
    expect(facts.judgements.filter((j) => j.assessment.verdict === 'rebelled').length).toBeGreaterThan(0);
  });

  it('none of them scans the votes or the stored tallies', () => {
    const { items } = listDivisions({ limit: 50, offset: 0 });
    const kinds = new Map(listParties().map((p) => [p.id, p.kind]));
    const busiest = t.db.get<{ id: number }>(sql`select person_id as id from votes group by person_id order by count(*) desc limit 1`).id;
    const { statements } = recordStatements(t.db, () => {
      listDivisionTotalsFacts(items);
      listPartyTallies(listWhipGuessesNeeded(listPersonVotes(busiest), kinds));
      listRebelFacts(listScopeDivisions({ division: [], from: undefined, to: undefined }).divisions);
    });
    expect(statements.filter((s) => s.sql.includes('division_party_tallies')).length).toBe(3);
    expect(fullScansOf(t.db, statements, ['votes', 'division_party_tallies'])).toEqual([]);
  });
});
