import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getDivisions } from '@/app/api/v1/divisions/route';
import { GET as getDivision } from '@/app/api/v1/divisions/[id]/route';
import { GET as getVotes } from '@/app/api/v1/divisions/[id]/votes/route';
import { GET as getMps } from '@/app/api/v1/mps/route';
import { GET as getMp } from '@/app/api/v1/mps/[id]/route';
import { GET as getRebels } from '@/app/api/v1/rebels/route';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { GET as getPopolo } from '@/app/api/v1/popolo.json/route';
import type { TempDb } from '../support/temp-db';
import { releaseAppDb, useSeededAppDb } from '../support/app-db';

// Each endpoint of /api/v1, called as Next.js calls it, on a fresh database seeded with the real record of
// 15 Nov 2023 (division 1666: Ayes 125, Noes 293; 56 Labour rebels against a reported whip to abstain).

const BASE = 'http://127.0.0.1:3000';
const request = (path: string, init?: RequestInit) => new NextRequest(new URL(path, BASE), init as never);
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function json(response: Response) {
  return { status: response.status, headers: response.headers, body: JSON.parse(await response.text()) };
}

describe('/api/v1', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  describe('GET /api/v1/divisions', () => {
    it('lists division 1666 with ISO dates, official counts, paging and cache headers', async () => {
      const { status, headers, body } = await json(await getDivisions(request('/api/v1/divisions')));
      expect(status).toBe(200);
      expect(headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.data).toHaveLength(1);
      expect(body.data[0]).toMatchObject({ id: 1666, date: '2023-11-15', held_at: '2023-11-15T19:14:00', ayes: 125, noes: 293 });
      expect(body.paging).toMatchObject({ page: 1, per_page: 50, total: 1, total_pages: 1, next: null, prev: null });
    });

    it('filters by date, and refuses bad dates, bad paging and unknown parameters with 400 and a message', async () => {
      expect((await json(await getDivisions(request('/api/v1/divisions?from=2024-01-01')))).body.data).toEqual([]);
      expect((await json(await getDivisions(request('/api/v1/divisions?from=2023-11-15&to=2023-11-15')))).body.data).toHaveLength(1);
      for (const [query, message] of [
        ['per_page=201', 'per_page must be 200 or less'],
        ['per_page=0', 'per_page must be 1 or more'],
        ['page=abc', 'page must be a whole number'],
        ['from=2023-02-30', 'Enter a real date, like 2023-11-15'],
        ['from=2023-12-01&to=2023-11-01', 'from must be on or before to'],
        ['sort=name', 'Unknown parameter: sort'],
        ['page=1&page=2', 'page may be given only once'],
      ]) {
        const { status, headers, body } = await json(await getDivisions(request(`/api/v1/divisions?${query}`)));
        expect(status, query).toBe(400);
        expect(body.error, query).toContain(message);
        expect(headers.get('cache-control')).toBe('no-store');
      }
    });
  });

  describe('GET /api/v1/divisions/{id}', () => {
    it('gives the division with each party’s whip and basis, the rebels and the departures', async () => {
      const { status, body } = await json(await getDivision(request('/api/v1/divisions/1666'), ctx('1666')));
      expect(status).toBe(200);
      const d = body.data;
      expect(d).toMatchObject({ id: 1666, ayes: 125, noes: 293, names_recorded: { ayes: 125, noes: 294, differs_from_official: true } });
      expect(d.topics).toEqual([{ title: 'Gaza: immediate ceasefire', supporting_lobby: 'aye' }]);
      const labour = d.parties.find((p: { party: { abbreviation: string } }) => p.party.abbreviation === 'Lab');
      expect(labour).toMatchObject({ ayes: 56, noes: 0, rebels: 56, whip: { instruction: 'abstain', strength: 3, basis: 'reported', origin: 'recorded' } });
      const conservative = d.parties.find((p: { party: { abbreviation: string } }) => p.party.abbreviation === 'Con');
      expect(conservative.whip).toMatchObject({ instruction: 'no', basis: 'inferred' });
      expect(d.departures.map((x: { name: string }) => x.name)).toContain('Yasmin Qureshi');
      expect(d.departures).toHaveLength(10);
    });

    it('answers 404 for an unknown id and 400 for one that is not an id', async () => {
      const missing = await json(await getDivision(request('/api/v1/divisions/999999'), ctx('999999')));
      expect(missing.status).toBe(404);
      expect(missing.body.error).toBe('There is no division 999999');
      const bad = await json(await getDivision(request('/api/v1/divisions/abc'), ctx('abc')));
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatch(/whole number/);
    });
  });

  describe('GET /api/v1/divisions/{id}/votes', () => {
    it('pages through every member’s vote, with whip, basis and verdict', async () => {
      const first = await json(await getVotes(request('/api/v1/divisions/1666/votes?per_page=200'), ctx('1666')));
      expect(first.status).toBe(200);
      expect(first.body.data).toHaveLength(200);
      expect(first.body.paging.total).toBe(650);
      expect(first.body.paging.total_pages).toBe(4);
      expect(first.body.paging.next).toBe(`${BASE}/api/v1/divisions/1666/votes?per_page=200&page=2`);
      const last = await json(await getVotes(request('/api/v1/divisions/1666/votes?per_page=200&page=4'), ctx('1666')));
      expect(last.body.data).toHaveLength(50);
      expect(last.body.paging.next).toBeNull();
      expect(last.body.paging.prev).toMatch(/page=3/);
    });

    it('filters the Labour rebels: 56, each against the reported whip to abstain', async () => {
      const { body } = await json(await getVotes(request('/api/v1/divisions/1666/votes?party=Lab&verdict=rebelled&per_page=200'), ctx('1666')));
      expect(body.paging.total).toBe(56);
      const qureshi = body.data.find((v: { member_id: number }) => v.member_id === 3924);
      expect(qureshi).toMatchObject({
        name: 'Yasmin Qureshi',
        party: { abbreviation: 'Lab' },
        constituency: 'Bolton South East',
        position: 'aye',
        whip: { instruction: 'abstain', basis: 'reported' },
        verdict: 'rebelled',
      });
      const absentLabour = await json(await getVotes(request('/api/v1/divisions/1666/votes?party=Lab&position=absent'), ctx('1666')));
      expect(absentLabour.body.data.every((v: { verdict: string }) => v.verdict === 'did_not_vote')).toBe(true);
      const abbott = await json(await getVotes(request('/api/v1/divisions/1666/votes?party=Ind'), ctx('1666')));
      expect(abbott.body.data.find((v: { member_id: number }) => v.member_id === 172)).toMatchObject({ whip: null, verdict: 'no_whip' });
    });

    it('answers 400 for a bad filter and 404 for an unknown division', async () => {
      expect((await getVotes(request('/api/v1/divisions/1666/votes?position=maybe'), ctx('1666'))).status).toBe(400);
      expect((await getVotes(request('/api/v1/divisions/1666/votes?party=XYZ'), ctx('1666'))).status).toBe(400);
      expect((await getVotes(request('/api/v1/divisions/1/votes'), ctx('1'))).status).toBe(404);
    });
  });

  describe('GET /api/v1/mps', () => {
    it('lists all 650 MPs in pages, and searches with typos', async () => {
      const all = await json(await getMps(request('/api/v1/mps?per_page=100&page=7')));
      expect(all.body.paging).toMatchObject({ total: 650, total_pages: 7, next: null });
      expect(all.body.data).toHaveLength(50);
      for (const q of ['Bolton Sth East', 'qureshi', 'Yasmin Quereshi']) {
        const found = await json(await getMps(request(`/api/v1/mps?q=${encodeURIComponent(q)}`)));
        expect(found.body.data[0], q).toMatchObject({ id: 3924, name: 'Yasmin Qureshi', constituency: 'Bolton South East', party: { abbreviation: 'Lab' } });
      }
      const conservatives = await json(await getMps(request('/api/v1/mps?party=con&q=bolton')));
      expect(conservatives.body.data.map((m: { constituency: string }) => m.constituency).sort()).toEqual(['Bolton North East', 'Bolton West']);
    });

    it('answers 400 for an unknown party or an over-long query', async () => {
      const party = await json(await getMps(request('/api/v1/mps?party=Nope')));
      expect(party.status).toBe(400);
      expect(party.body.error).toContain('There is no party with the abbreviation "Nope"');
      expect((await getMps(request(`/api/v1/mps?q=${'a'.repeat(101)}`))).status).toBe(400);
    });
  });

  describe('GET /api/v1/mps/{id}', () => {
    it('gives the MP’s record: summary, post left over the vote, and the vote with whip and verdict', async () => {
      const { status, body } = await json(await getMp(request('/api/v1/mps/3924'), ctx('3924')));
      expect(status).toBe(200);
      expect(body.data).toMatchObject({ id: 3924, name: 'Yasmin Qureshi', constituency: 'Bolton South East', rebellions: 1 });
      expect(body.data.summary).toBe(
        'On 15 Nov 2023 Yasmin Qureshi voted for an immediate ceasefire in Gaza, defying the Labour whip to abstain, and resigned as Shadow Minister for Women and Equalities to do so.',
      );
      expect(body.data.posts[0]).toMatchObject({ title: 'Shadow Minister for Women and Equalities', end_reason: 'resigned', ended_over_division: 1666 });
      expect(body.data.votes).toEqual([
        expect.objectContaining({ division_id: 1666, date: '2023-11-15', position: 'aye', verdict: 'rebelled', whip: expect.objectContaining({ basis: 'reported' }) }),
      ]);
    });

    it('answers 404 for an unknown member and 400 for a slug', async () => {
      expect((await getMp(request('/api/v1/mps/1'), ctx('1'))).status).toBe(404);
      expect((await getMp(request('/api/v1/mps/yasmin-qureshi'), ctx('yasmin-qureshi'))).status).toBe(400);
      expect((await getMp(request('/api/v1/mps/3924?x=1'), ctx('3924'))).status).toBe(400);
    });
  });

  describe('GET /api/v1/rebels', () => {
    it('takes the explorer’s filters, and pages', async () => {
      const { status, body } = await json(await getRebels(request('/api/v1/rebels?division=1666&party=Lab&per_page=10')));
      expect(status).toBe(200);
      expect(body.counts).toEqual({ rebels: 56, rebellions: 56 });
      expect(body.data).toHaveLength(10);
      expect(body.paging).toMatchObject({ total: 56, total_pages: 6 });
      expect(body.data[0].rebellions[0]).toMatchObject({ division: { id: 1666 }, whip: { basis: 'reported' }, verdict: 'rebelled' });
      // Every filter of the page, the party line included.
      const partyLine = await getRebels(request('/api/v1/rebels?division=1666&party=Lab&party_stance=none'));
      expect(partyLine.status).toBe(200);
    });

    it('says which divisions the list covers: by default the latest (here the only one), or those chosen', async () => {
      const latest = await json(await getRebels(request('/api/v1/rebels?per_page=1')));
      expect(latest.body.scope).toEqual({
        description: 'Rebellions in the only division on record (15 Nov 2023).',
        kind: 'latest',
        from: null,
        to: null,
        divisions_read: 1,
        divisions_matching: 1,
        limit: 100,
        earlier_to: null,
        divisions: [{ id: 1666, date: '2023-11-15', title: expect.any(String) }],
      });
      expect(latest.body.counts).toEqual({ rebels: 56, rebellions: 56 });
      const chosen = await json(await getRebels(request('/api/v1/rebels?division=1666&from=2023-11-15&to=2023-11-15')));
      expect(chosen.body.scope).toMatchObject({ kind: 'chosen', divisions_read: 1, description: 'Rebellions in the division chosen (15 Nov 2023).' });
      const none = await json(await getRebels(request('/api/v1/rebels?from=2024-01-01')));
      expect(none.body).toMatchObject({ scope: { divisions_read: 0, description: 'No divisions on record on or after 1 Jan 2024.' }, counts: { rebels: 0 } });
    });

    it('answers 400 for a bad filter, an unknown division or bad paging', async () => {
      for (const query of ['role=king', 'division=999999', 'per_page=500', 'colour=red', 'from=2023-02-30', 'from=2024-01-01&to=2023-01-01', 'division=1666&from=2024-01-01']) {
        const response = await getRebels(request(`/api/v1/rebels?${query}`));
        expect(response.status, query).toBe(400);
      }
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('is valid JSON describing every endpoint, with the parameters the code validates', async () => {
      const { status, body } = await json(getOpenApi(request('/api/v1/openapi.json')));
      expect(status).toBe(200);
      expect(body.openapi).toBe('3.1.0');
      expect(Object.keys(body.paths).sort()).toEqual(
        [
          '/api/v1/divisions',
          '/api/v1/divisions/{id}',
          '/api/v1/divisions/{id}/votes',
          '/api/v1/mps',
          '/api/v1/mps/{id}',
          '/api/v1/rebels',
          '/api/v1/topics',
          '/api/v1/topics/{slug}',
          '/api/v1/parties',
          '/api/v1/parties/{abbreviation}',
          '/api/v1/statements',
          '/api/v1/popolo.json',
          '/api/v1/openapi.json',
        ].sort(),
      );
      const votes = body.paths['/api/v1/divisions/{id}/votes'].get;
      expect(votes.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'page', 'per_page', 'position', 'party', 'verdict']);
      expect(votes.responses['404']).toBeDefined();
      const rebels = body.paths['/api/v1/rebels'].get.parameters.map((p: { name: string }) => p.name);
      expect(rebels).toEqual(expect.arrayContaining(['division', 'from', 'to', 'party', 'basis', 'role', 'page', 'per_page']));
      const rebelsGet = body.paths['/api/v1/rebels'].get;
      expect(rebelsGet.description).toMatch(/at most 100 divisions/);
      expect(rebelsGet.responses['200'].content['application/json'].schema.properties.scope.required).toEqual(
        expect.arrayContaining(['description', 'divisions_read', 'divisions_matching', 'earlier_to']),
      );
      const vote = votes.responses['200'].content['application/json'].schema.properties.data.items.properties;
      expect(vote.whip.anyOf[0].properties.basis.enum).toEqual(['reported', 'inferred']);
    });
  });

  describe('GET /api/v1/popolo.json', () => {
    it('exports people, parties, memberships, posts and the division with its votes, with an ETag', async () => {
      const response = await getPopolo(new Request(`${BASE}/api/v1/popolo.json`));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
      const body = JSON.parse(await response.text());
      expect(body.persons).toHaveLength(650);
      expect(body.persons.find((p: { id: string }) => p.id === 'person/3924')).toMatchObject({ name: 'Yasmin Qureshi' });
      expect(body.organizations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['house-of-commons', 'party/lab']));
      expect(body.memberships.some((m: { person_id: string; post_id?: string }) => m.person_id === 'person/3924' && m.post_id)).toBe(true);
      const division = body.vote_events.find((v: { id: string }) => v.id === 'division/1666');
      expect(division.counts).toEqual([{ option: 'yes', value: 125 }, { option: 'no', value: 293 }]);
      expect(division.votes).toHaveLength(650);
      expect(division.votes.find((v: { voter_id: string }) => v.voter_id === 'person/3924')).toMatchObject({ option: 'yes', group_id: 'party/lab' });

      const again = await getPopolo(new Request(`${BASE}/api/v1/popolo.json`, { headers: { 'if-none-match': response.headers.get('etag')! } }));
      expect(again.status).toBe(304);
    });
  });
});
