import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMemberList } from '@/app/mps/member-list';
import { GET as exportCsv } from '@/app/mps/export.csv/route';
import { GET as exportJson } from '@/app/mps/export.json/route';
import { clearPostcodeCache, lookUpPostcode, type PostcodeService } from '@/lib/postcode/lookup';
import { NextRequest } from 'next/server';
import { BROKEN_POSTCODE, SLOW_POSTCODE, startFakePostcodeService, type FakePostcodeService } from '../support/fake-postcode-service';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// Postcode → constituency against a fake service on 127.0.0.1 (never the real network), then /mps's rows
// and its CSV and JSON downloads for the same query.

describe('postcode look-up', () => {
  let fake: FakePostcodeService;
  let t: TempDb;
  const service = (name: PostcodeService['name'], timeoutMs = 500): PostcodeService => ({ name, baseUrl: fake.url, timeoutMs });

  beforeAll(async () => {
    fake = await startFakePostcodeService();
    process.env.POSTCODE_SERVICE = 'members-api';
    process.env.POSTCODE_SERVICE_URL = fake.url;
    process.env.POSTCODE_TIMEOUT_MS = '500';
    t = useSeededAppDb();
  });
  afterAll(async () => {
    releaseAppDb(t);
    await fake.close();
  });
  beforeEach(() => clearPostcodeCache());

  it.each(['members-api', 'postcodes-io'] as const)('%s: finds the seat, says when there is none, and caches answers', async (name) => {
    expect(await lookUpPostcode('E8 1DY', service(name))).toMatchObject({ status: 'found', constituency: { name: 'Hackney North and Stoke Newington' } });
    expect(await lookUpPostcode('ZZ9 9ZZ', service(name))).toMatchObject({ status: 'not_found' });
    const before = fake.requests.length;
    await lookUpPostcode('E8 1DY', service(name));
    expect(fake.requests.length).toBe(before);
  });

  it('gives up after the timeout, and on a 503, without caching the failure', async () => {
    const started = Date.now();
    expect(await lookUpPostcode(SLOW_POSTCODE, service('members-api', 300))).toMatchObject({ status: 'unavailable', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await lookUpPostcode(BROKEN_POSTCODE, service('members-api'))).toMatchObject({ status: 'unavailable', reason: 'unreachable' });
    const before = fake.requests.length;
    await lookUpPostcode(BROKEN_POSTCODE, service('members-api'));
    expect(fake.requests.length).toBe(before + 1);
  });

  it('says the service cannot be reached when nothing listens', async () => {
    const closed = { name: 'members-api' as const, baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 };
    expect(await lookUpPostcode('E8 1DY', closed)).toMatchObject({ status: 'unavailable', reason: 'unreachable' });
  });

  it('lists the MP for a held seat, and finds a seat of the 2024 boundaries with no MP recorded for it yet', async () => {
    const found = await loadMemberList({ q: 'e8 1dy' });
    expect(found.postcode).toMatchObject({ kind: 'found', postcode: 'E8 1DY', boundariesChanged: false });
    expect(found.members.map((m) => m.name)).toEqual(['Diane Abbott']);

    // The 2024 boundaries are held (data/constituencies): the seat is found; the seed records no MP for it.
    const redrawn = await loadMemberList({ q: 'BL3 6RA' });
    expect(redrawn.postcode).toMatchObject({ kind: 'found', seatName: 'Bolton South and Walkden', boundariesChanged: false });
    expect(redrawn.postcode?.kind === 'found' && redrawn.postcode.seats.map((s) => [s.name, s.validFrom, s.validTo])).toEqual([
      ['Bolton South and Walkden', '2024-07-04', null],
    ]);
    expect(redrawn.members).toEqual([]);

    expect((await loadMemberList({ q: 'BL3 5A' })).postcode).toEqual({ kind: 'invalid', input: 'BL3 5A' });
    expect((await loadMemberList({ q: SLOW_POSTCODE })).postcode).toEqual({ kind: 'unavailable', postcode: SLOW_POSTCODE });
  });

  it('downloads exactly the rows and filters shown, as CSV and JSON', async () => {
    const csv = await exportCsv(new NextRequest('http://127.0.0.1:3000/mps/export.csv?q=bolton&party=Con'));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('member_id,name,party,party_abbreviation,constituency,membership_start,membership_end,dates_basis,url');
    expect(lines.slice(1).map((l) => l.split(',')[4]).sort()).toEqual(['Bolton North East', 'Bolton West']);

    const json = JSON.parse(await (await exportJson(new NextRequest('http://127.0.0.1:3000/mps/export.json?q=E8%201DY'))).text());
    expect(json.filters).toEqual({ q: 'E8 1DY', party: null });
    expect(json.mps).toEqual([expect.objectContaining({ member_id: 172, name: 'Diane Abbott', party_abbreviation: 'Ind' })]);

    const all = JSON.parse(await (await exportJson(new NextRequest('http://127.0.0.1:3000/mps/export.json'))).text());
    expect(all.total).toBe(650);
  });
});
