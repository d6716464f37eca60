// The rebel explorer, the rebellion history and the CSV/JSON exports on a fresh database seeded with the real
// record of 15 Nov 2023. Expected figures come from DOMAIN.md and data/commons-2023-11-15 (the departures CSV
// names the ten who left; members.csv gives the seats), never from the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { seedDatabase } from '@/db/seed';
import { persons } from '@/db/schema';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { getRebellionHistory, loadRebelList } from '@/db/queries/rebels';
import { GET as getRebelsCsv } from '@/app/rebels.csv/route';
import { GET as getRebelsJson } from '@/app/rebels.json/route';
import { GET as getVotesCsv } from '@/app/divisions/[id]/votes.csv/route';
import { GET as getVotesJson } from '@/app/divisions/[id]/votes.json/route';
import { parseCsv } from '@/lib/import/csv';
import { filterMembers } from '@/lib/view/division-view';
import { createTempDb, type TempDb } from './support/temp-db';

// The frontbenchers (shadow ministers) and PPSs who left over division 1666 (frontbench-departures.csv, 15 Nov).
const SHADOW_MINISTERS = ['Paula Barker', 'Rachel Hopkins', 'Afzal Khan', 'Sarah Owen', 'Jess Phillips', 'Yasmin Qureshi', 'Naz Shah', 'Andy Slaughter'];
const PPS = ['Dan Carden', 'Mary Kelly Foy'];

let t: TempDb;
beforeAll(() => {
  t = createTempDb();
  seedDatabase(t.db);
  // db/index.ts opens the app's database lazily into this global: point it at the temp database.
  (globalThis as unknown as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;
});
afterAll(() => {
  (globalThis as unknown as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = undefined;
  t.close();
});

const rebels = (query: string) => loadRebelList(new URLSearchParams(query));
const namesOf = (query: string) => rebels(query).list.rows.map((r) => r.name);
const byName = (a: string, b: string) => a.localeCompare(b);

describe('the rebel explorer on division 1666', () => {
  it('by default lists the rebels of the latest divisions, here the only one: the 56 Labour ayes', () => {
    const { list, issues, scope } = rebels('');
    expect(issues).toEqual([]);
    expect(scope).toMatchObject({ kind: 'latest', read: 1, matching: 1, earlierTo: null, earliestDate: '2023-11-15' });
    expect(list.rows).toHaveLength(56);
    expect(list.rebellionCount).toBe(56);
    expect(new Set(list.rows.map((r) => r.party?.abbreviation))).toEqual(new Set(['Lab']));
  });

  it('Labour + division 1666 + frontbench on the day gives the 8 shadow ministers who rebelled', () => {
    const names = namesOf('division=1666&party=Lab&role=frontbench');
    expect([...names].sort(byName)).toEqual([...SHADOW_MINISTERS].sort(byName));
  });

  it('+ PPS gives the 2 parliamentary private secretaries', () => {
    expect(namesOf('division=1666&party=Lab&role=pps').sort(byName)).toEqual(PPS);
    expect(namesOf('division=1666&party=Lab&role=payroll')).toHaveLength(10);
    // No other posts are recorded and none of the 46 has had their posts imported: they are "no post recorded", not
    // "backbench", which needs their posts to be known.
    expect(namesOf('division=1666&party=Lab&role=backbench')).toHaveLength(0);
    expect(namesOf('division=1666&party=Lab&role=none-recorded')).toHaveLength(46);
  });

  it('left a post over the vote: the same ten', () => {
    expect(namesOf('division=1666&left=yes').sort(byName)).toEqual([...SHADOW_MINISTERS, ...PPS].sort(byName));
    expect(namesOf('division=1666&left=no')).toHaveLength(46);
  });

  it('nation from the ONS code: none in Scotland, one in Wales (Beth Winter), 55 in England', () => {
    expect(namesOf('division=1666&nation=scotland')).toEqual([]);
    expect(namesOf('division=1666&nation=wales')).toEqual(['Beth Winter']);
    expect(namesOf('division=1666&nation=england')).toHaveLength(55);
  });

  it('stance supports: the Labour rebels on record as supporting a ceasefire', () => {
    const names = namesOf('division=1666&stance=supports');
    expect(names).toContain('Yasmin Qureshi');
    expect(names).toHaveLength(10);
    expect(namesOf('division=1666&stance=none')).toHaveLength(46);
    expect(namesOf('division=1666&stance=opposes')).toEqual([]);
  });

  it('inferred basis gives 0 Labour (Labour’s whip was reported); reported gives the 56', () => {
    expect(namesOf('division=1666&party=Lab&basis=inferred')).toEqual([]);
    expect(namesOf('division=1666&party=Lab&basis=reported')).toHaveLength(56);
  });

  it('sorts by constituency and searches text', () => {
    const rows = rebels('division=1666&party=Lab&role=frontbench&sort=constituency').list.rows;
    expect(rows.map((r) => r.constituencyName)).toEqual([...rows.map((r) => r.constituencyName!)].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(namesOf('q=bolton south')).toEqual(['Yasmin Qureshi']);
  });

  it('reports an unknown division, an unknown party and a bad value as issues', () => {
    expect(rebels('division=9999').issues).toEqual([{ path: 'division', message: 'There is no division 9999' }]);
    expect(rebels('party=XYZ').issues.map((i) => i.path)).toEqual(['party']);
    expect(rebels('vote=maybe').issues.map((i) => i.path)).toEqual(['vote']);
  });
});

describe('getRebellionHistory', () => {
  const personId = (parliamentId: number) => t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, parliamentId)).get()!.id;

  it('Yasmin Qureshi defied the whip 1 time in 1 whipped vote, with the division to link to', () => {
    const history = getRebellionHistory(personId(3924));
    expect([history.rebellions, history.whippedVotes]).toEqual([1, 1]);
    expect(history.rebellionEntries.map((e) => e.division.officialId)).toEqual([1666]);
    expect(history.rebellionEntries[0]!.whip).toMatchObject({ instruction: 'abstain', basis: 'reported', origin: 'recorded' });
  });

  it('Keir Starmer, absent under the whip to abstain: 0 in 1 whipped vote, one absence', () => {
    const history = getRebellionHistory(personId(4514));
    expect(history).toMatchObject({ rebellions: 0, whippedVotes: 1, absences: 1 });
  });

  it('an SNP member measured against a reported aye whip, an independent against none', () => {
    expect(getRebellionHistory(personId(4357))).toMatchObject({ rebellions: 0, whippedVotes: 1 }); // Kirsty Blackman, SNP teller
    expect(getRebellionHistory(personId(172))).toMatchObject({ rebellions: 0, whippedVotes: 0 }); // Diane Abbott, Ind
  });
});

/** The body as sent (Response.text() would drop the byte-order mark) and its rows. */
async function read(response: Response) {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { text, rows: parseCsv(text, 'download.csv') };
}

describe('the exports give exactly the page’s rows', () => {
  it('/rebels.csv?division=1666&party=Lab&role=frontbench: the same 8 rows as the page, in order', async () => {
    const query = 'division=1666&party=Lab&role=frontbench';
    const response = await getRebelsCsv(new Request(`http://test/rebels.csv?${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rebels-division-1666-labour-frontbench.csv"');
    const { text, rows } = await read(response);
    expect(text.startsWith('\uFEFFname,member_id,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows.map((r) => r.name)).toEqual(rebels(query).list.rows.map((r) => r.name));
    expect(rows.every((r) => r.division_dates === '2023-11-15' && r.on_the_day === 'frontbench')).toBe(true);
  });

  it('/rebels.json carries the filters, counts and ISO dates; bad filters are a 400 with a message', async () => {
    const response = await getRebelsJson(new Request('http://test/rebels.json?division=1666&party=Lab&role=pps'));
    const body = await response.json();
    expect(body.counts).toEqual({ rebels: 2, rebellions: 2 });
    expect(body.rebels[0].rebellions[0].division).toMatchObject({ id: 1666, date: '2023-11-15' });
    const bad = await getRebelsCsv(new Request('http://test/rebels.csv?nation=france'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not valid/);
    expect((await getRebelsJson(new Request('http://test/rebels.json?division=9999'))).status).toBe(400);
  });

  it('/divisions/1666/votes.csv?party=Lab&vote=aye: the page’s 56 members, in the page’s order', async () => {
    const response = await getVotesCsv(new Request('http://test/divisions/1666/votes.csv?party=Lab&vote=aye'), { params: Promise.resolve({ id: '1666' }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="division-1666-votes-labour-aye.csv"');
    const { rows } = await read(response);
    const division = getDivisionByOfficialId(1666)!;
    const page = filterMembers(loadDivisionView(division).view.members, { partyAbbreviation: 'Lab', vote: 'aye' });
    expect(rows).toHaveLength(56);
    expect(rows.map((r) => r.name)).toEqual(page.map((m) => m.name));
    expect(rows.find((r) => r.name === 'Yasmin Qureshi')).toMatchObject({ verdict: 'rebelled', on_the_day: 'frontbench', vote: 'aye', member_id: '3924' });
  });

  it('a division’s members in each order, sorted once per view and filtered afresh for each request', () => {
    const members = loadDivisionView(getDivisionByOfficialId(1666)!).view.members;
    const english = (a: string, b: string) => a.localeCompare(b, 'en-GB');
    const byName = [...members].sort((a, b) => english(a.sortName, b.sortName));
    expect(filterMembers(members, {})).toEqual(byName);
    expect(filterMembers(members, { sort: 'name-desc' })).toEqual([...byName].reverse());
    const byParty = filterMembers(members, { sort: 'party' });
    expect(byParty.map((m) => m.party?.name ?? '~')).toEqual(byName.map((m) => m.party?.name ?? '~').sort(english));
    const bySeat = filterMembers(members, { sort: 'constituency', vote: 'aye' });
    const seat = (m: (typeof members)[number]) => m.constituencyName ?? '~';
    expect(bySeat.map(seat)).toEqual(byName.filter((m) => m.position === 'aye').map(seat).sort(english));
    // A caller may change its list without changing the next one's.
    const first = filterMembers(members, { partyAbbreviation: 'Lab' });
    first.reverse();
    expect(filterMembers(members, { partyAbbreviation: 'Lab' })).toEqual(byName.filter((m) => m.party?.abbreviation === 'Lab'));
  });

  it('/divisions/…/votes.json: 404 for an unknown division, 400 for a bad or unknown filter', async () => {
    const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
    expect((await getVotesJson(new Request('http://test/x'), ctx('9999'))).status).toBe(404);
    expect((await getVotesJson(new Request('http://test/x'), ctx('not-a-division'))).status).toBe(404);
    expect((await getVotesJson(new Request('http://test/x?vote=maybe'), ctx('1666'))).status).toBe(400);
    expect((await getVotesJson(new Request('http://test/x?party=XYZ'), ctx('1666'))).status).toBe(400);
    const ok = await getVotesJson(new Request('http://test/x?vote=rebels'), ctx('1666'));
    const body = await ok.json();
    expect(body.count).toBe(56);
    expect(body.division).toMatchObject({ id: 1666, date: '2023-11-15', held_at: '2023-11-15T19:14:00' });
    expect(Object.keys(body.members[0]).every((key) => /^[a-z_]+$/.test(key))).toBe(true);
  });
});
