// The rebel explorer on a record longer than one list: the real division 1666 (seeded) and 130 generated
// divisions after it, four a sitting day from 1 Jan 2024. Checks the bounded default (the latest 100), the date
// range, divisions chosen by number, the downloads and the API (every row, with what they cover), and that
// the number of queries does not grow with the divisions read. Expected figures come from the generation rule
// below, never from the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { seedDatabase } from '@/db/seed';
import { divisions, parties, votes, whips } from '@/db/schema';
import { loadRebelList } from '@/db/queries/rebels';
import { GET as getRebelsCsv } from '@/app/rebels.csv/route';
import { GET as getRebelsJson } from '@/app/rebels.json/route';
import { GET as getRebelsApi } from '@/app/api/v1/rebels/route';
import { parseCsv } from '@/lib/import/csv';
import { createTempDb, type TempDb } from './support/temp-db';
import { forgetKeptViews } from '@/db/version-memo';

const GENERATED = 130;
const PER_DAY = 4;
const officialIdOf = (i: number) => 200_000 + i;
function dateOf(i: number): string {
  const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / PER_DAY)));
  return day.toISOString().slice(0, 10);
}

// Labour members, numbered j = 0, 1, … in order of their person id, vote aye in every generated division,
// except that member j votes no in division i when (i + j) % 40 === 0 (a rebellion: Labour's whip is a recorded
// aye in even divisions and rule 4's guess, aye, in odd ones) and is absent when (i + j) % 17 === 0 (never a
// rebellion). Every other member votes no and, with no whip recorded for their party, follows its majority.
const isRebel = (i: number, j: number) => (i + j) % 40 === 0 && (i + j) % 17 !== 0;
const isAbsent = (i: number, j: number) => (i + j) % 17 === 0;

let t: TempDb;
let labour: number[] = [];

beforeAll(() => {
  t = createTempDb();
  seedDatabase(t.db);
  (globalThis as unknown as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;
  const db = t.db;
  const labourId = db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
  const seeded = db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
  const members = db
    .select({ personId: votes.personId, partyId: votes.partyId, constituencyId: votes.constituencyId })
    .from(votes)
    .where(eq(votes.divisionId, seeded))
    .orderBy(votes.personId)
    .all();
  labour = members.filter((m) => m.partyId === labourId).map((m) => m.personId);
  const labourIndex = new Map(labour.map((personId, j) => [personId, j]));

  db.transaction((tx) => {
    for (let i = 0; i < GENERATED; i += 1) {
      const hour = String(10 + (i % PER_DAY)).padStart(2, '0');
      const { id } = tx
        .insert(divisions)
        .values({
          officialId: officialIdOf(i),
          heldAt: `${dateOf(i)}T${hour}:00:00`,
          date: dateOf(i),
          number: 1 + (i % PER_DAY),
          officialTitle: `Generated division ${i}`,
          ayeCount: 0,
          noCount: 0,
        })
        .returning({ id: divisions.id })
        .get();
      tx.insert(votes)
        .values(
          members.map((m) => {
            const j = labourIndex.get(m.personId);
            const position = j === undefined ? 'no' : isAbsent(i, j) ? 'absent' : isRebel(i, j) ? 'no' : 'aye';
            return { divisionId: id, personId: m.personId, partyId: m.partyId, constituencyId: m.constituencyId, position } as const;
          }),
        )
        .run();
      if (i % 2 === 0) tx.insert(whips).values({ divisionId: id, partyId: labourId, instruction: 'aye', basis: 'reported' }).run();
    }
  });
});

afterAll(() => {
  (globalThis as unknown as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = undefined;
  t.close();
});

const rebels = (query: string) => loadRebelList(new URLSearchParams(query));
/** The generated divisions i = first … last (inclusive), by the rule above: who rebelled in them. */
function expectedRebellions(first: number, last: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = first; i <= last; i += 1) labour.forEach((personId, j) => isRebel(i, j) && counts.set(personId, (counts.get(personId) ?? 0) + 1));
  return counts;
}

describe('with no division chosen, the explorer reads the latest 100 divisions only', () => {
  it('says which (dates, how many of how many) and where to look further back', () => {
    const { scope, divisions: read, issues } = rebels('');
    expect(issues).toEqual([]);
    // 131 divisions on record; the latest 100 are the generated 30 … 129.
    expect(scope).toEqual({
      kind: 'latest',
      from: null,
      to: null,
      read: 100,
      matching: GENERATED + 1,
      limit: 100,
      earliestDate: dateOf(30),
      latestDate: dateOf(129),
      // Division 29 is the newest left out. It sat on the same day as 30 and 31, which were read: the day is
      // read again whole rather than skipped.
      earlierTo: dateOf(29),
    });
    expect(read.map((d) => d.officialId)).toEqual(Array.from({ length: 100 }, (_, k) => officialIdOf(129 - k)));
  });

  it('lists the rebels of those divisions only, each with their tally over those 100', () => {
    const { list } = rebels('');
    const expected = expectedRebellions(30, 129);
    expect(new Map(list.rows.map((r) => [r.personId, r.rebellions.length]))).toEqual(expected);
    expect(list.rebellionCount).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    // Nothing from division 1666, whose 56 Labour rebels are older than the latest 100.
    expect(list.rows.flatMap((r) => r.rebellions.map((x) => x.division.officialId))).not.toContain(1666);
    for (const row of list.rows) {
      const j = labour.indexOf(row.personId);
      const absences = Array.from({ length: 100 }, (_, k) => 30 + k).filter((i) => isAbsent(i, j)).length;
      expect(row.tally).toEqual({ rebellions: expected.get(row.personId), whippedVotes: 100, absences, recordedAbstentions: 0 });
    }
  });

  it('follows the earlier link: to the date given, the 33 divisions on or before it, 1666 among them', () => {
    const { scope, list } = rebels(`to=${dateOf(29)}`);
    expect(scope).toMatchObject({ kind: 'latest', read: 33, matching: 33, earlierTo: null, earliestDate: '2023-11-15', latestDate: dateOf(29) });
    const on1666 = list.rows.filter((r) => r.rebellions.some((x) => x.division.officialId === 1666));
    expect(on1666).toHaveLength(56);
    expect(list.rebellionCount).toBe(56 + [...expectedRebellions(0, 31).values()].reduce((a, b) => a + b, 0));
  });

  it('reads the latest 100 between two dates, and says how many more the range holds', () => {
    const { scope } = rebels(`from=2023-01-01&to=${dateOf(110)}`);
    // 1666 and the generated 0 … 111 (111 shares its day with 110): 113 match, the latest 100 are 12 … 111.
    expect(scope).toMatchObject({ read: 100, matching: 113, earliestDate: dateOf(12), latestDate: dateOf(111), earlierTo: dateOf(11) });
  });
});

describe('divisions chosen by number', () => {
  it('reads exactly those, with the dates narrowing them and the ones left out named', () => {
    const chosen = rebels(`division=1666,${officialIdOf(5)}`);
    expect(chosen.scope).toMatchObject({ kind: 'chosen', read: 2, matching: 2, earlierTo: null });
    expect(chosen.list.rows.filter((r) => r.rebellions.some((x) => x.division.officialId === 1666))).toHaveLength(56);

    const narrowed = rebels(`division=1666&division=${officialIdOf(5)}&from=2024-01-01`);
    expect(narrowed.scope).toMatchObject({ kind: 'chosen', read: 1 });
    expect(narrowed.issues).toEqual([{ path: 'division', message: 'Division 1666 (15 Nov 2023) is outside the dates chosen, so it is left out' }]);
  });

  it('takes up to 100 and refuses more', () => {
    const hundred = Array.from({ length: 100 }, (_, k) => officialIdOf(k)).join(',');
    expect(rebels(`division=${hundred}`).scope).toMatchObject({ kind: 'chosen', read: 100 });
    expect(rebels(`division=${hundred},1666`).issues.map((i) => i.message)).toEqual(['Choose at most 100 divisions']);
  });
});

describe('the number of queries', () => {
  /** The queries of the list made afresh, as after an edit: views kept until the data changes are forgotten first. */
  function countQueries(query: string): number {
    forgetKeptViews();
    const client = t.db.$client;
    const prepare = client.prepare;
    let count = 0;
    client.prepare = ((source: string) => {
      count += 1;
      return prepare.call(client, source);
    }) as typeof client.prepare;
    try {
      rebels(query);
    } finally {
      client.prepare = prepare;
    }
    return count;
  }

  it('is the same for one division and for a hundred, whatever the filters: eleven', () => {
    expect(countQueries('division=1666')).toBe(11);
    expect(countQueries('')).toBe(11);
    expect(countQueries('party=Lab&role=none-recorded&sort=rebellions')).toBe(11);
    expect(countQueries(`from=2023-01-01&to=${dateOf(110)}&q=a`)).toBe(11);
  });
});

describe('the downloads and the API keep every row of the list, and say what it covers', () => {
  it('/rebels.csv and /rebels.json: all the rebels (more than a page), named for the latest 100', async () => {
    const { list } = rebels('');
    expect(list.rows.length).toBeGreaterThan(50);
    const csv = await getRebelsCsv(new Request('http://test/rebels.csv'));
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="rebels-latest-100-divisions.csv"');
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer()), 'rebels.csv');
    expect(rows.map((r) => r.name)).toEqual(list.rows.map((r) => r.name));

    const json = await (await getRebelsJson(new Request('http://test/rebels.json?page=2'))).json();
    expect(json.rebels).toHaveLength(list.rows.length);
    expect(json.scope).toMatchObject({
      kind: 'latest',
      divisions_read: 100,
      divisions_matching: 131,
      earlier_to: dateOf(29),
      description: 'Rebellions in the latest 100 divisions (8 Jan 2024 to 2 Feb 2024), of 131 on record.',
    });
    expect(json.scope.divisions).toHaveLength(100);
  });

  it('/api/v1/rebels: the scope, the counts of the whole list, and its own paging', async () => {
    const response = await getRebelsApi(new NextRequest('http://test/api/v1/rebels?party=Lab&per_page=20'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.scope).toMatchObject({ kind: 'latest', divisions_read: 100, divisions_matching: 131, limit: 100, earlier_to: dateOf(29) });
    expect(body.counts.rebels).toBe(rebels('party=Lab').list.rows.length);
    expect(body.data).toHaveLength(20);
    expect(body.data[0].whipped_votes_in_these_divisions).toBe(100);
    const earlier = await getRebelsApi(new NextRequest(`http://test/api/v1/rebels?to=${dateOf(29)}&from=2023-11-15`));
    expect((await earlier.json()).scope).toMatchObject({ divisions_read: 33, earlier_to: null });
  });
});
