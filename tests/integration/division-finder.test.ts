import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getCsv } from '@/app/divisions.csv/route';
import { GET as getJson } from '@/app/divisions.json/route';
import { loadDivisionPage } from '@/db/queries/division-detail';
import { findDivisions } from '@/db/queries/division-finder';
import { parseCsv } from '@/lib/import/csv';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

// The division finder (/divisions) over four divisions of three Parliaments: the seed's 1666 (15 Nov 2023, noes
// 293 to ayes 125, topic "Gaza: immediate ceasefire", ten frontbenchers left over it) and the fixtures 1586 (3 Jul
// 2023, "Economic Activity of Public Bodies (Overseas Matters): Second Reading", 268 to 70), 1720 (17 Jan 2024,
// "Safety of Rwanda (Asylum and Immigration) Bill: Third Reading", 320 to 276) and 2105 (1 Jul 2025, "Universal
// Credit and Personal Independence Payment Bill: Second Reading", 335 to 166). Expected lists are read off those.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
const ids = (params: Record<string, string>) => findDivisions(params).items.map((d) => d.officialId);

describe('the division finder', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
    importDivisionFiles(t.db, [1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
  });
  afterAll(() => releaseAppDb(t));

  it('lists every division newest first without filters', () => {
    expect(ids({})).toEqual([2105, 1720, 1666, 1586]);
    expect(findDivisions({}).total).toBe(4);
  });

  it('finds title words, every one of them, in the official and the short title', () => {
    expect(ids({ q: 'rwanda' })).toEqual([1720]);
    expect(ids({ q: 'Bill' })).toEqual([2105, 1720]);
    expect(ids({ q: 'second reading' })).toEqual([2105, 1586]);
    expect(ids({ q: 'ceasefire' })).toEqual([1666]);
    expect(ids({ q: 'rwanda ceasefire' })).toEqual([]);
  });

  it('keeps to the dates, the topic and the result', () => {
    expect(ids({ from: '2024-01-01' })).toEqual([2105, 1720]);
    expect(ids({ to: '2023-12-31' })).toEqual([1666, 1586]);
    expect(ids({ from: '2023-11-15', to: '2024-01-17' })).toEqual([1720, 1666]);
    expect(ids({ topic: 'gaza-immediate-ceasefire' })).toEqual([1666]);
    expect(ids({ result: 'noes' })).toEqual([1666]);
    expect(ids({ result: 'ayes' })).toEqual([2105, 1720, 1586]);
    expect(ids({ q: 'reading', result: 'ayes', from: '2024-01-01' })).toEqual([2105, 1720]);
  });

  it('finds divisions with rebels, of a party, and with departures, as each division’s page counts them', () => {
    const rebelsOn = (id: number, abbreviation?: string) =>
      loadDivisionPage(id)!.view.members.filter((m) => m.verdict === 'rebelled' && (!abbreviation || m.party?.abbreviation === abbreviation)).length;
    const all = [2105, 1720, 1666, 1586];
    expect(ids({ rebels: 'yes' })).toEqual(all.filter((id) => rebelsOn(id) > 0));
    expect(ids({ party: 'Lab' })).toEqual(all.filter((id) => rebelsOn(id, 'Lab') > 0));
    expect(ids({ party: 'Lab' })).toContain(1666);
    // Labour's whip on 1586 is not inferred from 10 of its 193 MPs: no Labour rebels there.
    expect(ids({ party: 'Lab' })).not.toContain(1586);
    expect(findDivisions({ party: 'lab' }).totals.get(loadDivisionPage(1666)!.division.id)?.rebelsByParty).toContainEqual(
      expect.objectContaining({ rebels: 56 }),
    );
    expect(ids({ departures: 'yes' })).toEqual([1666]);
  });

  it('reports a bad filter beside its field and applies the rest', () => {
    const found = findDivisions({ from: '2024-02-30', to: '2023-12-31', party: 'Nope', result: 'maybe', q: 'reading' });
    expect(found.issues.map((i) => i.path).sort()).toEqual(['from', 'party', 'result']);
    expect(found.items.map((d) => d.officialId)).toEqual([1586]);
    const backwards = findDivisions({ from: '2024-01-01', to: '2023-01-01' });
    expect(backwards.issues).toEqual([{ path: 'to', message: 'The end date must be on or after the start date' }]);
    expect(backwards.items.map((d) => d.officialId)).toEqual([2105, 1720]);
  });

  it('pages 25 at a time and shows the last page for one past it', () => {
    const found = findDivisions({ page: '9' });
    expect(found).toMatchObject({ page: 1, pages: 1, total: 4 });
  });

  it('downloads every match with the same filters, named for what they hold, in snake_case', async () => {
    const csv = await getCsv(new NextRequest('http://127.0.0.1:3000/divisions.csv?q=reading&result=ayes'));
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="divisions-titled-reading-won-by-ayes.csv"');
    const rows = parseCsv(await csv.text(), 'divisions.csv');
    expect(Object.keys(rows[0]!)).toEqual([
      'division_id', 'date', 'held_at', 'number', 'title', 'official_title', 'ayes', 'noes', 'result', 'rebels', 'rebels_by_party', 'left_posts', 'url_path',
    ]);
    expect(rows.map((r) => r.division_id)).toEqual(['2105', '1720', '1586']);
    const json = await getJson(new NextRequest('http://127.0.0.1:3000/divisions.json?departures=yes'));
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="divisions-with-departures.json"');
    const body = JSON.parse(await json.text());
    expect(body).toMatchObject({ filters: { departures: 'yes' }, total: 1 });
    expect(body.divisions[0]).toMatchObject({ division_id: 1666, ayes: 125, noes: 293, left_posts: 10 });
    expect(body.divisions[0].rebels_by_party).toContainEqual({ party: 'Lab', rebels: 56 });
    const bad = await getCsv(new NextRequest('http://127.0.0.1:3000/divisions.csv?from=yesterday'));
    expect(bad.status).toBe(400);
  });
});
