import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { constituencies, divisions, importRuns, memberships, parties, persons, posts, revisions } from '@/db/schema';
import { ImportError } from '@/lib/import/errors';
import { ApiClient, type ApiClientOptions } from '@/lib/import/http/api-client';
import { ResponseCache } from '@/lib/import/http/response-cache';
import { importMembersFromApi } from '@/lib/import/members-api';
import { readMemberFixture, serveMembers, type MemberFixture } from './support/fake-apis';
import { FakeParliament } from './support/fake-parliament';
import { createTempDb, tableCounts, type TempDb } from './support/temp-db';

const CON = { id: 4, name: 'Conservative', abbreviation: 'Con', backgroundColour: '0063ba', isIndependentParty: false };
const LAB = { id: 15, name: 'Labour', abbreviation: 'Lab', backgroundColour: 'd50000', isIndependentParty: false };

/** A constructed member in the official shape, for the cases the recorded fixtures do not cover. */
function constructedMember(options: {
  id: number;
  name: string;
  seat: [string, number, string];
  party: typeof CON;
  constituencyStart?: string;
}): MemberFixture {
  const [seat, seatId, start] = options.seat;
  return {
    history: {
      value: {
        id: options.id,
        partyHistory: [{ startDate: `${start}T00:00:00`, endDate: null, party: options.party }],
        houseMembershipHistory: [
          { membershipFrom: seat, membershipFromId: seatId, house: 1, membershipStartDate: `${start}T00:00:00`, membershipEndDate: null, membershipEndReason: null },
        ],
        nameHistory: [{ startDate: `${start}T00:00:00`, endDate: null, nameDisplayAs: options.name, nameListAs: null }],
      },
      links: [],
    },
    biography: {
      value: {
        representations: [
          { house: 1, name: seat, id: seatId, startDate: `${start}T00:00:00`, endDate: null, constituencyStart: `${options.constituencyStart ?? start}T00:00:00`, constituencyEnd: null },
        ],
        governmentPosts: [],
        oppositionPosts: [],
      },
      links: [],
    },
  };
}

describe('importing members from the Members API (a local stand-in)', () => {
  let t: TempDb;
  let fake: FakeParliament;
  let members: Map<number, MemberFixture>;
  const client = (options: Partial<ApiClientOptions> = {}) =>
    new ApiClient({ baseUrl: fake.url, requestsPerSecond: 1000, retries: 1, backoffMs: 5, cache: new ResponseCache(path.join(t.dir, 'cache')), ...options });
  const personId = (memberId: number) => t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, memberId)).get()?.id ?? -1;
  const membershipsOf = (memberId: number) =>
    t.db
      .select({
        party: parties.abbreviation,
        seat: constituencies.name,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
        endReason: memberships.endReason,
        basis: memberships.datesBasis,
      })
      .from(memberships)
      .innerJoin(parties, eq(parties.id, memberships.partyId))
      .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
      .where(eq(memberships.personId, personId(memberId)))
      .orderBy(memberships.startDate)
      .all();
  const postsOf = (memberId: number) =>
    t.db.select().from(posts).where(eq(posts.personId, personId(memberId))).orderBy(posts.startDate).all();

  beforeEach(async () => {
    t = createTempDb();
    seedDatabase(t.db);
    members = new Map([172, 3924, 4514, 3944].map((id) => [id, readMemberFixture(id)]));
    members.set(474, constructedMember({ id: 474, name: 'Mr Nigel Evans', seat: ['Ribble Valley', 3697, '1992-04-09'], party: CON }));
    members.set(999_001, constructedMember({ id: 999_001, name: 'Ms Alex Newmember', seat: ['Newtown and Oldtown', 4999, '2024-07-04'], party: LAB }));
    fake = await new FakeParliament().start();
    serveMembers(fake, members);
  });
  afterEach(async () => {
    await fake.close();
    t.close();
  });

  it('loads the current House page by page: membership periods, posts, seats, with conflicts reported', async () => {
    // An editor's own membership for Keir Starmer, with another party over part of the official period.
    const independent = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Ind')).get()?.id as number;
    t.db.insert(memberships).values({ personId: personId(4514), partyId: independent, startDate: '2019-01-01', endDate: '2019-12-31', datesBasis: 'editor' }).run();
    const editorRow = JSON.stringify(t.db.select().from(memberships).where(eq(memberships.datesBasis, 'editor')).get());

    const summary = await importMembersFromApi(t.db, { client: client(), pageSize: 2 });
    expect(fake.requestsTo(/Search/)).toEqual([0, 2, 4].map((skip) => expect.stringContaining(`skip=${skip}&take=2`)));
    expect(fake.requestsTo(/History/)).toEqual([expect.stringMatching(/ids=172&ids=3924&ids=4514&ids=3944&ids=474&ids=999001$/)]);
    expect(summary.counts).toEqual({ new: 1, changed: 5, unchanged: 0, skipped: 0, failed: 0 });

    // Labour → Independent (whip suspended 23 Apr 2023): two periods; the membership seen in the record of division 1666
    // (Independent on 15 Nov 2023) gives way to the official period of the same party. It is derived from the votes,
    // so no revision is kept for it.
    expect(membershipsOf(172)).toEqual([
      { party: 'Lab', seat: 'Hackney North and Stoke Newington', startDate: '1987-06-11', endDate: '2023-04-23', endReason: 'Party changed to Independent', basis: 'official' },
      { party: 'Ind', seat: 'Hackney North and Stoke Newington', startDate: '2023-04-23', endDate: '2024-05-30', endReason: 'Dissolution', basis: 'official' },
    ]);
    expect(t.db.select().from(revisions).where(and(eq(revisions.tableName, 'memberships'), eq(revisions.action, 'delete'))).all()).toHaveLength(0);
    expect(summary.notes).toContainEqual(expect.stringMatching(/^member 172 \(Diane Abbott\): the membership seen in the records 2023-11-15 to 2023-11-15 is replaced/));

    // The editor's row is untouched, and the overlap with another party is reported.
    expect(JSON.stringify(t.db.select().from(memberships).where(eq(memberships.datesBasis, 'editor')).get())).toBe(editorRow);
    expect(summary.conflicts).toContainEqual(
      expect.stringMatching(/^member 4514 \(Keir Starmer\): an editor's membership #\d+ \(Independent, 2019-01-01 to 2019-12-31\) overlaps the official period \(Labour, 2015-05-07 to 2024-05-30\)/),
    );
    // The record of division 1666 shows Nigel Evans in the Chair; the official record says Conservative: both are kept
    // (the record's for the day it shows), and reported.
    expect(membershipsOf(474).map((m) => [m.party, m.basis])).toEqual([
      ['Con', 'official'],
      ['DSpk', 'record'],
    ]);
    expect(summary.conflicts).toContainEqual(
      expect.stringMatching(/^member 474 \(Nigel Evans\): the division records show Deputy Speaker \(seen 2023-11-15 to 2023-11-15\) where the official record says Conservative/),
    );
    // Their posts are now known (the Members API lists them all): no post on a day means backbench that day.
    expect(t.db.select({ postsKnown: persons.postsKnown }).from(persons).where(eq(persons.parliamentId, 474)).get()).toEqual({ postsKnown: 'official' });
    expect(t.db.select({ postsKnown: persons.postsKnown }).from(persons).where(eq(persons.parliamentId, 4993)).get()).toEqual({ postsKnown: null });

    // Posts with kinds, sides and dates.
    const kinds = (memberId: number) => postsOf(memberId).map((p) => [p.title, p.kind, p.side, p.startDate, p.endDate]);
    expect(kinds(4514)).toEqual([
      ['Shadow Minister (Home Office)', 'shadow_minister', 'opposition', '2015-09-18', '2016-06-27'],
      ['Shadow Secretary of State for Exiting the European Union', 'shadow_minister', 'opposition', '2016-10-06', '2020-04-05'],
      ['Leader of the Labour Party', 'party_leader', 'opposition', '2020-04-04', null],
    ]);
    expect(postsOf(3944).map((p) => [p.kind, p.side, p.department, p.importKey])).toEqual([
      ['minister', 'government', 'Cabinet Office', 'members-api:3944:240:2019-07-25'],
      ['minister', 'government', 'Wales Office', 'members-api:3944:59:2019-12-16'],
      ['whip', 'government', 'HM Treasury', 'members-api:3944:70:2022-10-25'],
    ]);
    expect(postsOf(3944).every((p) => p.partyId !== null && p.officialId !== null)).toBe(true);

    // A member never seen before: created (official, so not flagged), with a new seat from the API's dates.
    expect(t.db.select().from(persons).where(eq(persons.parliamentId, 999_001)).get()).toMatchObject({ name: 'Alex Newmember', needsReview: false });
    expect(t.db.select().from(constituencies).where(eq(constituencies.parliamentId, 4999)).get()).toMatchObject({ name: 'Newtown and Oldtown', validFrom: '2024-07-04', validTo: null });
    expect(summary.notes).toContainEqual(expect.stringMatching(/created the constituency Newtown and Oldtown/));

    const run = t.db.select().from(importRuns).where(eq(importRuns.id, summary.runId ?? -1)).get();
    expect(run).toMatchObject({ source: 'members-api', status: 'succeeded' });
    expect(Object.keys(run?.responseHashes ?? {})).toHaveLength(3 + 1 + 6);
  });

  it("matches the seed's post for Yasmin Qureshi to the official one instead of duplicating it", async () => {
    const division1666 = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()?.id;
    const summary = await importMembersFromApi(t.db, { client: client(), ids: [3924] });
    const rows = postsOf(3924);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ title: 'Shadow Minister (Justice)', kind: 'shadow_minister', startDate: '2016-10-09', endDate: '2020-04-09', officialId: 1535 });
    expect(rows[1]).toMatchObject({
      title: 'Shadow Minister for Women and Equalities',
      startDate: '2021-12-04',
      endDate: '2023-11-15',
      officialId: 1712,
      endReason: 'resigned',
      endedOverDivisionId: division1666,
      importKey: 'data/commons-2023-11-15/frontbench-departures/3924',
    });
    expect(rows[1]?.sources.length).toBeGreaterThan(0);
    expect(summary.notes).toContainEqual(
      expect.stringMatching(/^member 3924 \(Yasmin Qureshi\): post #\d+ "Shadow Minister for Women and Equalities" \(ended 2023-11-15\) matched to the official "Shadow Minister \(Women and Equalities\)" \(post 1712\); filled in start date 2021-12-04, official id 1712/),
    );
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'posts')).get();
    expect(revision).toMatchObject({ action: 'update', actorLabel: 'importer', importRunId: summary.runId });
    expect(fake.requestsTo(/Search/)).toEqual([]);
  });

  it('run twice, changes nothing, duplicates nothing and fetches nothing the second time', async () => {
    await importMembersFromApi(t.db, { client: client() });
    const counts = tableCounts(t.db);
    const requests = fake.requests.length;
    const again = client();
    const summary = await importMembersFromApi(t.db, { client: again });
    expect(summary.counts).toEqual({ new: 0, changed: 0, unchanged: 6, skipped: 0, failed: 0 });
    expect(again.requests).toBe(0);
    expect(fake.requests).toHaveLength(requests);
    expect(tableCounts(t.db)).toEqual(counts);
  });

  it('replaces its own official periods when the official history changes, keeping revisions', async () => {
    await importMembersFromApi(t.db, { client: client(), ids: [172] });
    const history = (members.get(172) as MemberFixture).history.value as unknown as { partyHistory: Record<string, unknown>[] };
    history.partyHistory[1] = { ...history.partyHistory[1], endDate: '2024-05-27T00:00:00' };
    history.partyHistory.push({ startDate: '2024-05-27T00:00:00', endDate: null, party: LAB });

    const summary = await importMembersFromApi(t.db, { client: client({ cache: null }), ids: [172] });
    expect(summary.counts.changed).toBe(1);
    expect(membershipsOf(172).map((m) => [m.party, m.startDate, m.endDate])).toEqual([
      ['Lab', '1987-06-11', '2023-04-23'],
      ['Ind', '2023-04-23', '2024-05-27'],
      ['Lab', '2024-05-27', '2024-05-30'],
    ]);
    const updates = t.db.select().from(revisions).where(and(eq(revisions.tableName, 'memberships'), eq(revisions.action, 'update'))).all();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.before).toMatchObject({ endDate: '2024-05-30' });
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const counts = tableCounts(t.db);
    const runs = t.db.select().from(importRuns).all().length;
    const summary = await importMembersFromApi(t.db, { client: client(), dryRun: true });
    expect(summary.counts).toEqual({ new: 1, changed: 5, unchanged: 0, skipped: 0, failed: 0 });
    expect(summary.conflicts.length).toBeGreaterThan(0);
    expect(tableCounts(t.db)).toEqual(counts);
    expect(t.db.select().from(importRuns).all()).toHaveLength(runs);
  });

  it('bad input names the URL and the field, and changes nothing', async () => {
    const biography = (members.get(3924) as MemberFixture).biography.value as { oppositionPosts: Record<string, unknown>[] };
    biography.oppositionPosts[0] = { ...biography.oppositionPosts[0], endDate: '2020-01-01T00:00:00' };
    const counts = tableCounts(t.db);
    const error = await importMembersFromApi(t.db, { client: client() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(`${fake.url}/api/Members/3924/Biography: oppositionPosts[0].endDate: ends (2020-01-01) before it starts (2021-12-04)`);
    expect(tableCounts(t.db)).toEqual(counts);

    fake.on('/api/Members/History', { body: { not: 'a list' } });
    const shape = await importMembersFromApi(t.db, { client: client({ cache: null }), ids: [172] }).catch((e: unknown) => e);
    expect((shape as Error).message).toMatch(new RegExp(`^${fake.url}/api/Members/History\\?ids=172: \\(top level\\): `));
    expect(tableCounts(t.db)).toEqual(counts);
    expect(t.db.get<{ n: number }>(sql`select count(*) as n from import_runs where source = 'members-api' and status = 'failed'`).n).toBe(2);
  });
});
