// What an MP's page and a division's page read, counted at the driver: a fixed handful of queries however long
// the record, one page of votes at a time, no full scan of the votes or whips tables, and the same verdicts as
// the rules give division by division. On the real record of 15 Nov 2023 and on a generated Commons of 250
// divisions (tests/integration/support/generated-commons.ts). An MP's page also uses views made once per data
// version for every page that needs them by reading tables whole: the judgement of every division
// (db/queries/judged-divisions.ts) and every division's, whip's and seat's fields for the record (db/queries/person.ts);
// a division's page, every person's name, seat's name and post for its voters (db/queries/division-detail.ts). They are
// counted apart (pageReads), and once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDivisionMembers, loadDivisionPage } from '@/db/queries/division-detail';
import { loadJudgedDivisions } from '@/db/queries/judged-divisions';
import { loadMemberPage } from '@/db/queries/member-page';
import { listParties } from '@/db/queries/parties';
import { listPartyTallies, listPersonVotes } from '@/db/queries/person';
import { getRebellionHistory } from '@/db/queries/rebels';
import { analyseDivision, type RecordedWhip, type VoteFact } from '@/lib/domain';
import type { PartyKind } from '@/lib/domain/types';
import { listWhipGuessesNeeded, VOTES_PER_PAGE } from '@/lib/view/member-view';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import { writeGeneratedCommons, type GeneratedCommons } from './support/generated-commons';
import { fullScansOf, recordStatements, type LoggedStatement } from './support/statement-log';
import { createTempDb, type TempDb } from './support/temp-db';

const BIG_TABLES = ['votes', 'whips'];

/**
 * The views made once per data version and shared by every MP's page: every division judged, and what each vote in
 * a record shows of its division, whip and seat (made by reading any record, here one of no votes); and by every
 * division's page, what each vote shows of its voter (made by reading any division's members, here one of none).
 */
function makeSharedViews(): void {
  loadJudgedDivisions();
  listPersonVotes(0);
  listDivisionMembers(0);
}

/** What a page made afresh reads besides the shared views: their reads are the first of a load that starts with them. */
function pageReads<T>(t: TempDb, load: () => T): { result: T; statements: LoggedStatement[] } {
  const shared = recordStatements(t.db, makeSharedViews).statements.length;
  const { result, statements } = recordStatements(t.db, () => {
    makeSharedViews();
    return load();
  });
  return { result, statements: statements.slice(shared) };
}
const DIVISIONS = 250;

describe('on the real record of 15 Nov 2023', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  it('division 1666 loads in six queries, with its 56 Labour rebels', () => {
    const { result, statements } = pageReads(t, () => loadDivisionPage(1666));
    expect(result?.view.rebelsTotal).toBe(56);
    // The division, its votes, topics, whips, departures and stances (loadDivisionPage).
    expect(statements.length).toBeLessThanOrEqual(6);
  });

  it('Yasmin Qureshi’s page loads in eight queries at most, one page of one vote, and no second page', () => {
    const { result, statements } = pageReads(t, () => loadMemberPage(3924, 1));
    // Person, memberships, posts, the record, stances, other names; and every party line and every division's
    // topics, which every MP's record shares (kept until the data changes), as it does the parties.
    expect(statements.length).toBeLessThanOrEqual(8);
    expect(result?.totals).toEqual({ votes: 1, rebellions: 1 });
    expect(result?.history).toMatchObject({ rebellions: 1, whippedVotes: 1 });
    expect(result?.votes).toMatchObject({ page: 1, pages: 1, first: 1, last: 1 });
    expect(result?.votes.rows.map((r) => [r.officialId, r.verdict])).toEqual([[1666, 'rebelled']]);
    expect(loadMemberPage(3924, 2)?.votes).toMatchObject({ page: 2, pages: 1, rows: [] });
    expect(loadMemberPage(99_999_999, 1)).toBeNull();
  });
});

describe('on a generated Commons of 250 divisions', () => {
  let t: TempDb;
  let commons: GeneratedCommons;
  /** How the rules judge the member in each division, from every vote of that division (what its page shows). */
  let expected: Map<number, ReturnType<typeof analyseDivision>['votes'][number]>;
  /** The busiest member's divisions, newest first. */
  let order: number[];

  beforeAll(() => {
    t = createTempDb();
    commons = writeGeneratedCommons(t.db, { divisions: DIVISIONS });
    (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;

    const sqlite = t.db.$client;
    const parties = sqlite.prepare('select id, kind from parties').all() as { id: number; kind: PartyKind }[];
    const votes = sqlite
      .prepare('select division_id as divisionId, person_id as personId, party_id as partyId, position, is_teller as isTeller from votes')
      .all() as (VoteFact & { divisionId: number })[];
    const whips = sqlite
      .prepare('select division_id as divisionId, party_id as partyId, instruction, basis, strength from whips')
      .all() as (RecordedWhip & { divisionId: number; partyId: number })[];
    expected = new Map();
    for (const divisionId of commons.divisionIds) {
      const recorded = new Map(whips.filter((w) => w.divisionId === divisionId).map((w) => [w.partyId, w]));
      const analysis = analyseDivision(votes.filter((v) => v.divisionId === divisionId), parties, recorded);
      const mine = analysis.votes.find((v) => v.personId === commons.busiest.personId);
      if (mine) expected.set(divisionId, mine);
    }
    order = (
      sqlite
        .prepare('select d.id from votes v join divisions d on d.id = v.division_id where v.person_id = ? order by d.held_at desc, d.id desc')
        .all(commons.busiest.personId) as { id: number }[]
    ).map((r) => r.id);
  });
  afterAll(() => releaseAppDb(t));

  it('the busiest member has a record of several pages, some of it judged against an inferred whip', () => {
    expect(order).toHaveLength(DIVISIONS);
    expect([...expected.values()].filter((v) => v.assessment.whip?.origin === 'computed').length).toBeGreaterThan(20);
  });

  it('loads any page of an MP’s record in the same few queries, however long the record', () => {
    const counts = [
      pageReads(t, () => loadMemberPage(commons.busiest.parliamentId, 2)),
      pageReads(t, () => loadMemberPage(commons.busiest.parliamentId, 1)),
      pageReads(t, () => loadMemberPage(commons.busiest.parliamentId, 3)),
      pageReads(t, () => loadMemberPage(commons.newcomer.parliamentId, 1)),
    ].map(({ statements }) => statements.length);
    // Person, other names, memberships, posts, the record, stances, every party line and every division's topics
    // (shared by every record; the parties are read once per data version, with the shared views); and the party's
    // tallies for the division without an address, which the judgement of every division does not judge (the
    // busiest member voted in it).
    expect(counts[0]).toBeLessThanOrEqual(10);
    expect(new Set(counts.slice(0, 3)).size).toBe(1);
    expect(counts[3]).toBe(counts[0]! - 1);
  });

  it('makes the judgement of every division once for every MP’s page, in a few queries however many MPs', () => {
    const { statements: judgement } = recordStatements(t.db, loadJudgedDivisions);
    expect(judgement.length).toBeLessThanOrEqual(8);
    // Its reads of whole tables: the stored tallies and the whips, each once.
    const whole = judgement.filter((s) => fullScansOf(t.db, [s], ['division_party_tallies', 'whips']).length > 0).map((s) => s.sql);
    expect(whole).toHaveLength(2);
    // An MP's page made afresh makes it...
    const { statements: first } = recordStatements(t.db, () => loadMemberPage(commons.busiest.parliamentId, 1));
    expect(first.filter((s) => whole.includes(s.sql))).toHaveLength(2);
    // ...and with it made, two MPs' pages read no table whole again.
    const { statements: pages } = pageReads(t, () => {
      loadMemberPage(commons.busiest.parliamentId, 1);
      return loadMemberPage(commons.newcomer.parliamentId, 1);
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(fullScansOf(t.db, pages, ['division_party_tallies', ...BIG_TABLES])).toEqual([]);
  });

  it('page 2 holds votes 101 to 200, newest first; the last page the rest; a page past it nothing', () => {
    const page2 = loadMemberPage(commons.busiest.parliamentId, 2)!;
    expect(page2.votes).toMatchObject({ page: 2, pages: 3, perPage: VOTES_PER_PAGE, first: 101, last: 200 });
    expect(page2.votes.rows.map((r) => r.divisionId)).toEqual(order.slice(100, 200));
    expect(page2.totals.votes).toBe(DIVISIONS);

    const page3 = loadMemberPage(commons.busiest.parliamentId, 3)!;
    expect(page3.votes).toMatchObject({ first: 201, last: DIVISIONS });
    expect(page3.votes.rows.map((r) => r.divisionId)).toEqual(order.slice(200));
    expect(loadMemberPage(commons.busiest.parliamentId, 4)!.votes).toMatchObject({ page: 4, pages: 3, rows: [], first: 0, last: 0 });
  });

  it('judges every vote as the division’s own page does, on the page shown and across the whole record', () => {
    const page2 = loadMemberPage(commons.busiest.parliamentId, 2)!;
    const judged = (divisionId: number) => {
      const e = expected.get(divisionId)!.assessment;
      return [divisionId, e.verdict, e.whip?.instruction ?? null, e.whip?.origin ?? null];
    };
    expect(page2.votes.rows.map((r) => [r.divisionId, r.verdict, r.whip?.instruction ?? null, r.whip?.origin ?? null])).toEqual(
      page2.votes.rows.map((r) => judged(r.divisionId)),
    );

    // The whole record, as kept (a vote a place, no rows made), and as rows.
    const { record } = page2;
    expect([...record.divisionIds]).toEqual(order);
    expect(order.map((id, k) => [id, record.verdicts[k], record.whips[k]?.instruction ?? null, record.whips[k]?.origin ?? null])).toEqual(
      order.map(judged),
    );
    expect(record.rows().map((r) => [r.divisionId, r.verdict, r.whip?.instruction ?? null, r.whip?.origin ?? null])).toEqual(order.map(judged));
    const addressed = order.filter((id) => id !== commons.unaddressedDivisionId);
    const officialIdOf = t.db.$client.prepare('select official_id from divisions where id = ?').pluck();
    expect(page2.history.rebellionEntries.length).toBeGreaterThan(0);
    expect(page2.history.rebellionEntries.map((e) => e.division.officialId)).toEqual(
      addressed.filter((id) => expected.get(id)!.assessment.verdict === 'rebelled').map((id) => officialIdOf.get(id)),
    );
    const verdicts = (ids: number[]) => ids.map((id) => expected.get(id)!.assessment.verdict);
    expect(page2.totals.rebellions).toBe(verdicts(order).filter((v) => v === 'rebelled').length);
    expect(page2.history.rebellions).toBe(verdicts(addressed).filter((v) => v === 'rebelled').length);
    expect(page2.history.absences).toBe(verdicts(addressed).filter((v) => v === 'did_not_vote').length);
    expect(getRebellionHistory(commons.busiest.personId)).toEqual(page2.history);

    // And the division page agrees, where the whip had to be inferred.
    const inferred = page2.votes.rows.find((r) => r.whip?.origin === 'computed' && r.officialId !== null)!;
    const division = loadDivisionPage(inferred.officialId!)!;
    const member = division.view.members.find((m) => m.personId === commons.busiest.personId)!;
    expect([member.verdict, member.whip]).toEqual([inferred.verdict, inferred.whip]);
  });

  it('reads the party’s votes only where rule 4 has to guess the whip, or an editor inferred one to vote aye or no', () => {
    const kinds = new Map(listParties().map((p) => [p.id, p.kind]));
    const byId = (a: number, b: number) => a - b;
    const isEditorsInference = (w: { origin: string; basis: string; instruction: string } | null | undefined) =>
      w?.origin === 'recorded' && w.basis === 'inferred' && (w.instruction === 'aye' || w.instruction === 'no');
    const wanted = [...expected.entries()]
      .filter(([, v]) => v.assessment.whip?.origin !== 'recorded' || isEditorsInference(v.assessment.whip))
      .map(([id]) => id)
      .sort(byId);
    const needed = listWhipGuessesNeeded(listPersonVotes(commons.busiest.personId), kinds);
    expect(needed.map((n) => n.divisionId).sort(byId)).toEqual(wanted);
    expect(new Set(listPartyTallies(needed).map((t) => t.divisionId))).toEqual(new Set(wanted));
    // No guess is made for an independent or the Speaker, so their party's votes are never read.
    const independent = t.db.$client
      .prepare("select v.person_id as id from votes v join parties p on p.id = v.party_id where p.kind != 'party' limit 1")
      .get() as { id: number };
    expect(listWhipGuessesNeeded(listPersonVotes(independent.id), kinds)).toEqual([]);
  });

  it('a division’s page loads in fewer than ten queries', () => {
    const { result, statements } = pageReads(t, () => loadDivisionPage(500_000 + 10));
    expect(result?.view.members.length).toBeGreaterThan(50);
    expect(statements.length).toBeLessThan(10);
  });

  describe('query plans', () => {
    let statements: LoggedStatement[];
    beforeAll(() => {
      statements = [
        ...pageReads(t, () => loadMemberPage(commons.busiest.parliamentId, 2)).statements,
        ...pageReads(t, () => loadDivisionPage(500_000 + 10)).statements,
        ...pageReads(t, () => getRebellionHistory(commons.busiest.personId)).statements,
      ];
    });

    it('the hot queries search the votes and whips tables by index, never scan them', () => {
      // The record (twice: the page and the rebellion history), the division's votes, its whips.
      expect(statements.filter((s) => /"?\b(votes|whips)\b"?/.test(s.sql)).length).toBeGreaterThanOrEqual(4);
      expect(fullScansOf(t.db, statements, BIG_TABLES)).toEqual([]);
    });

    it('and still do once SQLite has statistics on the tables (ANALYZE)', () => {
      t.db.$client.exec('ANALYZE');
      expect(fullScansOf(t.db, statements, BIG_TABLES)).toEqual([]);
    });

    it('a full scan would be reported, under the table’s name or an alias', () => {
      const scans = [
        { sql: 'select count(*) from "votes" "v" where "v"."is_teller" = ?', params: [1] },
        { sql: 'select count(*) from whips as w where w.note = ?', params: ['Free vote'] },
        { sql: 'select count(*) from "votes" where "votes"."proxy_name" is not null', params: [] },
      ];
      expect(fullScansOf(t.db, scans, BIG_TABLES).map((s) => s.detail)).toEqual([
        expect.stringMatching(/^SCAN v\b/),
        expect.stringMatching(/^SCAN w\b/),
        expect.stringMatching(/^SCAN votes\b/),
      ]);
    });
  });
});
