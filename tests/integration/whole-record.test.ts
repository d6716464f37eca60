import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getDivisionApi } from '@/app/api/v1/divisions/[id]/route';
import { GET as getMpsApi } from '@/app/api/v1/mps/route';
import { GET as getMpApi } from '@/app/api/v1/mps/[id]/route';
import { GET as getDivisionCsv } from '@/app/divisions/[id]/votes.csv/route';
import { deleteRecord, undoRevision } from '@/db/mutations/records';
import { loadDivisionPage } from '@/db/queries/division-detail';
import { loadMemberPage } from '@/db/queries/member-page';
import { searchMembers } from '@/db/queries/members';
import { loadRebelList } from '@/db/queries/rebels';
import { constituencies, divisions, memberships, parties, persons, votes } from '@/db/schema';
import { nationOfOnsCode } from '@/lib/domain';
import { ApiClient } from '@/lib/import/http/api-client';
import { ResponseCache } from '@/lib/import/http/response-cache';
import { importMembersFromApi } from '@/lib/import/members-api';
import { parseCsv } from '@/lib/import/csv';
import { describeVoteAgainstWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { releaseAppDb, useSeededAppDbWithParliaments } from './support/app-db';
import { serveMembers, type MemberFixture } from './support/fake-apis';
import { FakeParliament } from './support/fake-parliament';
import type { TempDb } from './support/temp-db';

// The whole record over time: the real record of 15 Nov 2023 (the seed) and three divisions of other days in the
// official Commons Votes shape (tests/fixtures/parliaments, see its README): 3 Jul 2023 (1586: Labour told to
// abstain, 10 of its 193 MPs voting), 17 Jan 2024 (1720: six DUP members in both lobbies) and 1 Jul 2025 (2105: a
// new Parliament on the 2024 boundaries, 370 members nobody has described, a party switch, a name change, a party
// where few voted). Expected figures are read from the fixture files themselves wherever they can be.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
type Member = { MemberId: number; Name: string; Party: string | null; PartyAbbreviation: string | null; MemberFrom: string };
type DivisionRecord = { DivisionId: number; AyeCount: number; NoCount: number; AyeTellers: Member[]; NoTellers: Member[]; Ayes: Member[]; Noes: Member[]; NoVoteRecorded: Member[] };
const record = (id: number) => JSON.parse(fs.readFileSync(path.join(FIXTURES, `division-${id}.json`), 'utf8')) as DivisionRecord;
const ONS_2024 = new Map(
  fs
    .readFileSync(path.join(process.cwd(), 'data/constituencies/westminster-2024.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, ...name] = line.split(',');
      return [name.join(',').replace(/^"|"$/g, ''), code!] as const;
    }),
);

const BASE = 'http://127.0.0.1:3000';
const request = (p: string) => new NextRequest(new URL(p, BASE));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const body = async (response: Response) => JSON.parse(await response.text());

describe('a record that spans three Parliaments', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDbWithParliaments();
  });
  afterAll(() => releaseAppDb(t));

  const personOf = (memberId: number) => t.db.select().from(persons).where(eq(persons.parliamentId, memberId)).get()!;
  const divisionView = (officialId: number) => loadDivisionPage(officialId)!.view;
  const partyRow = (officialId: number, abbreviation: string) => divisionView(officialId).partyRows.find((r) => r.party.abbreviation === abbreviation)!;

  describe('1. every member with a vote is an MP on the site', () => {
    it('records a membership from the division record itself, flagged for review, with party and seat on the day', () => {
      const owen = personOf(91001);
      expect(owen).toMatchObject({ name: 'Joseph Owen', needsReview: true });
      const rows = t.db.select().from(memberships).where(eq(memberships.personId, owen.id)).all();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ startDate: '2025-07-01', endDate: '2025-07-01', datesBasis: 'record' });
      const seat = t.db.select().from(constituencies).where(eq(constituencies.id, rows[0]!.constituencyId!)).get();
      expect(seat).toMatchObject({ name: 'Aldershot', onsCode: ONS_2024.get('Aldershot'), validFrom: '2024-07-04', nation: 'england' });
    });

    it('merges the membership across divisions: seen from the first to the last with the same party and seat', () => {
      const anderson = personOf(4743);
      const rows = t.db
        .select({ party: parties.abbreviation, start: memberships.startDate, end: memberships.endDate, basis: memberships.datesBasis })
        .from(memberships)
        .innerJoin(parties, eq(parties.id, memberships.partyId))
        .where(eq(memberships.personId, anderson.id))
        .orderBy(memberships.startDate)
        .all();
      // 1586, 1666 (the seed) and 1720 on the 2010 boundaries as a Conservative; 2105 for Reform UK on the 2024 ones.
      expect(rows).toEqual([
        { party: 'Con', start: '2023-07-03', end: '2024-01-17', basis: 'record' },
        { party: 'RUK', start: '2025-07-01', end: '2025-07-01', basis: 'record' },
      ]);
    });

    it('lists them among the MPs, finds them by name and by their new seat, and gives them a page and an API entry', async () => {
      expect(searchMembers({ query: 'Joseph Owen' }).map((m) => m.parliamentId)).toContain(91001);
      expect(searchMembers({ query: 'Aldershot' }).map((m) => m.parliamentId)).toContain(91001);
      const page = loadMemberPage(91001, 1)!;
      expect(page.membership).toMatchObject({ constituencyName: 'Aldershot', datesBasis: 'record', endDate: '2025-07-01' });
      expect(page.party?.abbreviation).toBe('Lab');
      const listed = await body(await getMpsApi(request('/api/v1/mps?q=Joseph%20Owen')));
      expect(listed.data).toContainEqual(
        expect.objectContaining({ id: 91001, constituency: 'Aldershot', party: { name: 'Labour', abbreviation: 'Lab', kind: 'party' } }),
      );
      // Everyone listed in any record is on the list: 650 of 2023, 370 first seen in 2025, three who left before.
      const everyone = new Set(t.db.select({ id: votes.personId }).from(votes).all().map((v) => v.id));
      expect(searchMembers({}).length).toBe(everyone.size);
    });
  });

  describe('2. seats for every Parliament', () => {
    it('gives every vote of 1 July 2025 its seat on the 2024 boundaries, and a nation', () => {
      const division = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 2105)).get()!;
      const rows = t.db
        .select({ seat: constituencies.name, validTo: constituencies.validTo, nation: constituencies.nation })
        .from(votes)
        .leftJoin(constituencies, eq(constituencies.id, votes.constituencyId))
        .where(eq(votes.divisionId, division.id))
        .all();
      expect(rows).toHaveLength(650);
      expect(rows.filter((r) => r.seat === null)).toEqual([]);
      // Seats of the 2024 set (five Scottish seats kept their boundaries from the earlier set, and run on).
      expect(rows.every((r) => r.validTo === null && r.nation !== null)).toBe(true);
      // The record's "Montgomeryshire and Glyndŵr" is the ONS "Montgomeryshire and Glyndwr".
      expect(rows.filter((r) => r.seat === 'Montgomeryshire and Glyndwr')).toHaveLength(1);
      // No seat had to be made up from the record: every one is in a published boundary set.
      expect(t.db.select().from(constituencies).where(eq(constituencies.basis, 'record')).all()).toEqual([]);
    });

    it('filters the explorer by nation in the new Parliament: the Welsh Labour rebels of 2105, as the record has them', () => {
      const expected = record(2105)
        .Noes.filter((m) => m.PartyAbbreviation === 'Lab' && nationOfOnsCode(ONS_2024.get(m.MemberFrom.replace('Glyndŵr', 'Glyndwr'))) === 'wales')
        .map((m) => m.MemberId)
        .sort();
      const listed = loadRebelList({ division: '2105', nation: 'wales' }).list.rows.map((r) => r.parliamentId).sort();
      expect(listed).toEqual(expected);
      expect(loadRebelList({ division: '2105' }).list.rows).toHaveLength(49);
    });
  });

  describe('3. three states for posts', () => {
    it('says "no post recorded", never backbench, for members whose posts are not known (the PM and the Leader of the Opposition)', async () => {
      const members = divisionView(1666).members;
      const status = (memberId: number) => members.find((m) => m.parliamentId === memberId)!.payroll;
      expect(status(4483)).toBe('not_recorded'); // Rishi Sunak
      expect(status(4514)).toBe('not_recorded'); // Keir Starmer
      expect(status(3924)).toBe('frontbench'); // Yasmin Qureshi, until she resigned that evening
      const csv = parseCsv(new TextDecoder().decode(await (await getDivisionCsv(request('/divisions/1666/votes.csv'), ctx('1666'))).arrayBuffer()).replace(/^\uFEFF/, ''), 'csv');
      expect(csv.find((r) => r.name === 'Keir Starmer')?.on_the_day).toBe('no post recorded');
      expect(csv.some((r) => r.on_the_day === 'backbench')).toBe(false);
      expect(loadRebelList({ division: '1666', role: 'backbench' }).list.rows).toEqual([]);
    });
  });

  describe('4. the division number counts the session', () => {
    it('keeps the official Number (278 for 3 July 2023), which the pages call the number in the session', () => {
      expect(loadDivisionPage(1586)!.division.number).toBe(278);
    });
  });

  describe('5. inference that says how strong it is', () => {
    it('infers no Labour whip when 10 of its 193 MPs voted on 3 July 2023, and says why', () => {
      const labour = partyRow(1586, 'Lab');
      expect(labour.whip).toBeNull();
      expect(labour.guess).toEqual({ instruction: null, reason: 'few_voted', evidence: { onSide: 9, voted: 10, seated: 193 } });
      expect(labour.rebels).toBe(0);
    });

    it('an MP page never states that whip: "no whip is known"', () => {
      const mcdonnell = loadMemberPage(178, 1)!;
      const vote = mcdonnell.record.rows().find((v) => v.officialId === 1586)!;
      expect(vote).toMatchObject({ position: 'no', whip: null, verdict: null });
      expect(describeVoteAgainstWhip(vote.position, vote.verdict, vote.whip, 'Labour')).toBe(
        'Voted against. No whip is known: none is recorded and none can be inferred.',
      );
    });

    it('says every inferred whip is inferred, and from what', () => {
      const labour = partyRow(2105, 'Lab');
      const lab = record(2105);
      const ayes = [...lab.Ayes, ...lab.AyeTellers].filter((m) => m.PartyAbbreviation === 'Lab').length;
      const noes = [...lab.Noes, ...lab.NoTellers].filter((m) => m.PartyAbbreviation === 'Lab').length;
      expect(labour.whip).toMatchObject({ instruction: 'aye', origin: 'computed', evidence: { onSide: ayes, voted: ayes + noes } });
      expect(describeWhipBasis(labour.whip!, 'Labour')).toBe(`inferred: ${ayes} of ${ayes + noes} Labour MPs who voted, ${labour.seated - ayes - noes} did not`);
      expect(labour.rebels).toBe(49);
      // 12 of 121 Conservatives voted: no whip inferred for them.
      expect(partyRow(2105, 'Con').guess.reason).toBe('few_voted');
    });
  });

  describe('6. both lobbies, and counts that reconcile', () => {
    it('says the DUP members all went through both lobbies, not that none of them voted', () => {
      const dup = partyRow(1720, 'DUP');
      expect(dup.tally).toEqual({ ayes: 0, noes: 0, both: 6, absent: 2 });
      expect(dup.whip).toBeNull();
      expect(dup.guess.reason).toBe('split');
    });

    it('meets the official count in every lobby: names recorded, plus tellers, less members in both lobbies', () => {
      for (const id of [1586, 1666, 1720, 2105]) {
        const view = divisionView(id);
        const partyAyes = view.partyRows.reduce((sum, r) => sum + r.tally.ayes, 0);
        const partyNoes = view.partyRows.reduce((sum, r) => sum + r.tally.noes, 0);
        for (const [side, partyTotal] of [
          ['aye', partyAyes],
          ['no', partyNoes],
        ] as const) {
          const lobby = view.lobbies[side];
          expect(lobby.partyTotal, `${id} ${side}`).toBe(partyTotal);
          expect(lobby.partyTotal, `${id} ${side}`).toBe(lobby.namesRecorded + lobby.tellers - lobby.both);
        }
      }
      const r1720 = record(1720);
      expect(divisionView(1720).lobbies.aye).toEqual({ official: r1720.AyeCount, namesRecorded: r1720.Ayes.length, tellers: 2, both: 6, partyTotal: r1720.Ayes.length + 2 - 6 });
      // Division 1666: 293 Noes officially, 294 names: the difference is said, not hidden.
      expect(divisionView(1666).lobbies.no).toMatchObject({ official: 293, namesRecorded: 294 });
    });
  });

  describe('7. now and on the day', () => {
    it('lists a member who changed party under their latest party, and each vote under the party of its day', () => {
      expect(searchMembers({ query: 'Lee Anderson' })[0]).toMatchObject({ parliamentId: 4743, constituencyName: 'Ashfield', endDate: '2025-07-01' });
      const page = loadMemberPage(4743, 1)!;
      expect(page.party?.abbreviation).toBe('RUK');
      const partyOf = (officialId: number) => page.parties.find((p) => p.id === page.record.rows().find((v) => v.officialId === officialId)?.partyId)?.abbreviation;
      expect([2105, 1720, 1666, 1586].map(partyOf)).toEqual(['RUK', 'Con', 'Con', 'Con']);
      expect(page.memberships.map((m) => m.datesBasis)).toEqual(['record', 'record']);
      // Diane Abbott: Independent in 2023, Labour again in 2025.
      expect(loadMemberPage(172, 1)!.party?.abbreviation).toBe('Lab');
    });

    it('follows the latest record for names, keeping the earlier one, which search still finds', () => {
      expect(personOf(1510).name).toBe('Ed Miliband');
      expect(loadMemberPage(1510, 1)!.otherNames.map((n) => n.name)).toEqual(['Edward Miliband']);
      expect(searchMembers({ query: 'Edward Miliband' }).map((m) => m.parliamentId)).toEqual([1510]);
    });
  });

  describe('8. party lines', () => {
    it('shows what parties said on the division page, on their MPs’ pages and in the API', async () => {
      const lines = divisionView(1666).partyLines;
      expect(lines.map((l) => l.party?.abbreviation).sort()).toEqual(['LD', 'Lab']);
      const qureshi = loadMemberPage(3924, 1)!.words.verdicts.find((v) => v.topicSlug === 'gaza-immediate-ceasefire')!;
      expect(qureshi.partyLines.map((l) => l.speaker)).toEqual(['Labour Party spokesperson']);
      const api = await body(await getDivisionApi(request('/api/v1/divisions/1666'), ctx('1666')));
      expect(api.data.party_lines).toHaveLength(2);
      expect(api.data.party_lines[0]).toMatchObject({ party: { abbreviation: 'Lab' }, said: 'before', quote: expect.stringContaining('whipped vote') });
    });

    it('filters the explorer by what the rebel’s party said', () => {
      // Labour's line was neither for nor against (position "other"), so its 56 rebels have no party line for or against.
      expect(loadRebelList({ division: '1666', party_stance: 'none' }).list.rows).toHaveLength(56);
      expect(loadRebelList({ division: '1666', party_stance: 'supports' }).list.rows).toHaveLength(0);
    });
  });

  describe('9. said vs did only for what was said before the vote', () => {
    it('gives one verdict per member and division, from words said before it, with every quote under it', () => {
      const [entry, ...others] = loadMemberPage(3924, 1)!.words.verdicts;
      expect(others).toEqual([]);
      expect(entry).toMatchObject({ verdict: 'kept', basis: 'said_before', position: 'aye' });
      expect(entry!.before.map((s) => s.quote)).toEqual(['I intend to vote for this motion.', expect.stringContaining('Tonight, I will vote')]);
      expect(entry!.after.map((s) => s.quote)).toEqual([expect.stringContaining('I have voted with my conscience')]);
    });

    it('never counts words said after the vote as a promise kept or broken', () => {
      // Mohammad Yasin spoke the morning after; Keir Starmer after the votes.
      for (const memberId of [4598, 4514]) {
        const [entry] = loadMemberPage(memberId, 1)!.words.verdicts;
        expect(entry, String(memberId)).toMatchObject({ verdict: null, basis: 'nothing_before', before: [] });
        expect(entry!.after.length, String(memberId)).toBeGreaterThan(0);
      }
    });
  });

  describe('10. the Speaker and Deputy Speakers', () => {
    it('are shown in the Chair, never as a party or among those who did not vote', () => {
      for (const id of [1586, 1720, 2105]) {
        const view = divisionView(id);
        expect(view.partyRows.some((r) => r.party.kind === 'speaker'), String(id)).toBe(false);
        expect(view.chair.map((m) => m.parliamentId).sort(), String(id)).toEqual(
          record(id).NoVoteRecorded.filter((m) => m.Party === 'Speaker' || m.Party === 'Deputy Speaker').map((m) => m.MemberId).sort(),
        );
      }
      expect(loadMemberPage(467, 1)!.summary.headline).toMatch(/was in the Chair as Speaker/);
    });
  });

  describe('11. public notes only', () => {
    it('never shows editors’ research notes, and names sources by title and outlet', async () => {
      const page = JSON.stringify(loadDivisionPage(1666));
      const api = JSON.stringify(await body(await getDivisionApi(request('/api/v1/divisions/1666'), ctx('1666'))));
      const mp = JSON.stringify(await body(await getMpApi(request('/api/v1/mps/3924'), ctx('3924'))));
      for (const research of ['not researched here', 'treated as an error', 'LOW CONFIDENCE', 'No published whip instruction was found in the stored sources', 'not confirmed']) {
        expect(page, research).not.toContain(research);
        expect(api, research).not.toContain(research);
        expect(mp, research).not.toContain(research);
      }
      expect(loadDivisionPage(1666)!.division.sources[0]).toEqual({
        url: 'https://votes.parliament.uk/votes/commons/division/1666',
        title: "Division 1666: King's Speech Motion for an Address: Amendment (h)",
        outlet: 'UK Parliament, Commons Votes',
      });
    });
  });

  describe('an editor’s change and its undo keep the record memberships true to the votes', () => {
    it('deleting division 2105 takes away the memberships only it showed; undoing it brings them back', () => {
      const division = t.db.select({ id: divisions.id, updatedAt: divisions.updatedAt }).from(divisions).where(eq(divisions.officialId, 2105)).get()!;
      const owen = personOf(91001).id;
      const deleted = t.db.transaction((tx) => deleteRecord(tx, 'divisions', String(division.id), { actor: { label: 'test' }, expectedUpdatedAt: division.updatedAt }));
      expect(deleted.status).toBe('saved');
      expect(t.db.select().from(memberships).where(eq(memberships.personId, owen)).all()).toEqual([]);
      expect(loadMemberPage(4743, 1)!.memberships.map((m) => [m.startDate, m.endDate])).toEqual([['2023-07-03', '2024-01-17']]);

      if (deleted.status !== 'saved') return;
      expect(t.db.transaction((tx) => undoRevision(tx, deleted.revisionId, { actor: { label: 'test' } })).status).toBe('undone');
      expect(t.db.select({ start: memberships.startDate, basis: memberships.datesBasis }).from(memberships).where(eq(memberships.personId, owen)).all()).toEqual([
        { start: '2025-07-01', basis: 'record' },
      ]);
    });
  });

  describe('import members upgrades what the records show to the official periods', () => {
    let fake: FakeParliament;
    beforeAll(async () => {
      fake = await new FakeParliament().start();
      const read = (name: string) => {
        const { _origin: _, ...rest } = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { _origin?: string } & Record<string, unknown>;
        void _;
        return rest;
      };
      const fixtures = new Map<number, MemberFixture>(
        [
          [91001, '91001'],
          [4743, '4743'],
          [172, '172-2025'],
          [1510, '1510'],
        ].map(([id, file]) => [
          id as number,
          { history: read(`members-api-history-${file}.json`) as MemberFixture['history'], biography: read(`members-api-biography-${file}.json`) },
        ]),
      );
      serveMembers(fake, fixtures);
      const client = new ApiClient({ baseUrl: fake.url, requestsPerSecond: 1000, retries: 1, backoffMs: 5, cache: new ResponseCache(path.join(t.dir, 'cache')) });
      await importMembersFromApi(t.db, { client, ids: [91001, 4743, 172, 1510] });
    });
    afterAll(async () => fake.close());

    it('replaces the memberships seen in the records by official periods of the same party', () => {
      const page = loadMemberPage(4743, 1)!;
      expect(page.memberships.every((m) => m.datesBasis === 'official')).toBe(true);
      expect(page.party?.abbreviation).toBe('RUK');
      expect(loadMemberPage(91001, 1)!.membership).toMatchObject({ datesBasis: 'official', startDate: '2024-07-04', endDate: null });
    });

    it('knows their posts now: Lee Anderson held none (backbench), Ed Miliband was on the front bench', () => {
      const members = divisionView(2105).members;
      expect(members.find((m) => m.parliamentId === 4743)?.payroll).toBe('backbench');
      expect(members.find((m) => m.parliamentId === 1510)?.payroll).toBe('frontbench');
      expect(members.find((m) => m.parliamentId === 4514)?.payroll).toBe('not_recorded');
    });
  });
});
