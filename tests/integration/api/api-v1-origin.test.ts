import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORIGIN_HEADER } from '@/scripts/lib/origin.mjs';
import type { TempDb } from '../support/temp-db';
import { releaseAppDb, useSeededAppDb } from '../support/app-db';

// The links in the JSON API's answers (and the MP list's downloads) name the site's address as pages do: SITE_URL when
// set; otherwise the address each request came by, which the production server hands over in x-ayes-origin
// (scripts/lib/origin.mjs), never this process's fallback (http://127.0.0.1:PORT). On the seeded record of 15 Nov 2023.
// The configuration is read once per module graph: each part imports the routes afresh with its own environment.

/** The address the route handlers' requests are made on here: the fallback, which no answer may name. */
const FALLBACK = 'http://127.0.0.1:3000';
const ctx = <T extends string>(name: T, value: string) => ({ params: Promise.resolve({ [name]: value } as Record<T, string>) });

async function loadRoutes() {
  vi.resetModules();
  return {
    divisions: (await import('@/app/api/v1/divisions/route')).GET,
    division: (await import('@/app/api/v1/divisions/[id]/route')).GET,
    votes: (await import('@/app/api/v1/divisions/[id]/votes/route')).GET,
    mps: (await import('@/app/api/v1/mps/route')).GET,
    mp: (await import('@/app/api/v1/mps/[id]/route')).GET,
    topics: (await import('@/app/api/v1/topics/route')).GET,
    topic: (await import('@/app/api/v1/topics/[slug]/route')).GET,
    parties: (await import('@/app/api/v1/parties/route')).GET,
    party: (await import('@/app/api/v1/parties/[abbr]/route')).GET,
    openApi: (await import('@/app/api/v1/openapi.json/route')).GET,
    popolo: (await import('@/app/api/v1/popolo.json/route')).GET,
    mpsJson: (await import('@/app/mps/export.json/route')).GET,
    mpsCsv: (await import('@/app/mps/export.csv/route')).GET,
  };
}

/** Every answer a route gives for one request, read as JSON (the CSV download as text). */
async function answersFor(routes: Awaited<ReturnType<typeof loadRoutes>>, headers: Record<string, string>) {
  const request = (path: string) => new NextRequest(new URL(path, FALLBACK), { headers });
  const read = async (response: Response | Promise<Response>) => {
    const answer = await response;
    expect(answer.status).toBe(200);
    return JSON.parse(await answer.text());
  };
  return {
    divisions: await read(routes.divisions(request('/api/v1/divisions'))),
    division: await read(routes.division(request('/api/v1/divisions/1666'), ctx('id', '1666'))),
    votes: await read(routes.votes(request('/api/v1/divisions/1666/votes?per_page=10&page=2'), ctx('id', '1666'))),
    mps: await read(routes.mps(request('/api/v1/mps?per_page=5'))),
    mp: await read(routes.mp(request('/api/v1/mps/3924'), ctx('id', '3924'))),
    topics: await read(routes.topics(request('/api/v1/topics'))),
    topic: await read(routes.topic(request('/api/v1/topics/gaza-immediate-ceasefire'), ctx('slug', 'gaza-immediate-ceasefire'))),
    parties: await read(routes.parties(request('/api/v1/parties'))),
    party: await read(routes.party(request('/api/v1/parties/Lab'), ctx('abbr', 'Lab'))),
    openApi: await read(routes.openApi(request('/api/v1/openapi.json'))),
    popolo: await read(routes.popolo(request('/api/v1/popolo.json'))),
    mpsJson: await read(routes.mpsJson(request('/mps/export.json?party=Lab'))),
    mpsCsv: await (await routes.mpsCsv(request('/mps/export.csv?party=Lab'))).text(),
  };
}

/** Each link the site writes to itself, in every answer: all must start with `origin`. */
function ownLinks(answers: Awaited<ReturnType<typeof answersFor>>) {
  return {
    'divisions: url': answers.divisions.data[0].url,
    'division: url': answers.division.data.url,
    'division: votes link': answers.division.data.links.votes,
    'division: page link': answers.division.data.links.html,
    'votes: next page': answers.votes.paging.next,
    'votes: previous page': answers.votes.paging.prev,
    'mps: url': answers.mps.data[0].url,
    'mps: next page': answers.mps.paging.next,
    'mp: url': answers.mp.data.url,
    'topics: url': answers.topics.data[0].url,
    'topic: url': answers.topic.data.url,
    'parties: url': answers.parties.data[0].url,
    'party: url': answers.party.data.url,
    'openapi: server': answers.openApi.servers[0].url,
    'popolo: source': answers.popolo.meta.source,
    'popolo: an MP link': answers.popolo.persons.find((p: { links: unknown[] }) => p.links.length > 0).links[0].url,
    'mps download (JSON): url': answers.mpsJson.mps[0].url,
  } as Record<string, string>;
}

let t: TempDb;
const siteUrlBefore = process.env.SITE_URL;
beforeAll(() => {
  t = useSeededAppDb();
});
afterAll(() => {
  releaseAppDb(t);
  if (siteUrlBefore === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrlBefore;
});

describe('the API’s links without SITE_URL', () => {
  let routes: Awaited<ReturnType<typeof loadRoutes>>;
  beforeAll(async () => {
    delete process.env.SITE_URL;
    routes = await loadRoutes();
  });

  it('name the address the request came by, in every answer, the paging included', async () => {
    for (const origin of ['http://localhost:3100', 'https://ayes.example.org']) {
      const answers = await answersFor(routes, { [ORIGIN_HEADER]: origin });
      for (const [name, link] of Object.entries(ownLinks(answers))) expect(link, name).toMatch(new RegExp(`^${origin.replace(/\./g, '\\.')}(/|$)`));
      expect(answers.votes.paging.next).toBe(`${origin}/api/v1/divisions/1666/votes?per_page=10&page=3`);
      expect(answers.mpsCsv).toContain(`${origin}/mps/`);
      expect(JSON.stringify(answers)).not.toContain(FALLBACK);
      expect(answers.mpsCsv).not.toContain(FALLBACK);
    }
  });

  it('keep apart the whole-record export built for one address and for another (it is kept a minute per address)', async () => {
    const request = (origin: string) => new NextRequest(new URL('/api/v1/popolo.json', FALLBACK), { headers: { [ORIGIN_HEADER]: origin } });
    const first = await routes.popolo(request('http://one.test:3100'));
    const second = await routes.popolo(request('http://two.test:3100'));
    const again = await routes.popolo(request('http://one.test:3100'));
    expect(JSON.parse(await first.text()).meta.source).toBe('http://one.test:3100');
    expect(JSON.parse(await second.text()).meta.source).toBe('http://two.test:3100');
    expect(JSON.parse(await again.text()).meta.source).toBe('http://one.test:3100');
    expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('take the Host when no address was handed over (`next dev`), and never a header that is not an origin', async () => {
    const fromHost = await answersFor(routes, { host: 'dev.test:3100' });
    expect(fromHost.division.data.url).toBe('http://dev.test:3100/api/v1/divisions/1666');
    const forged = await answersFor(routes, { host: 'dev.test:3100', [ORIGIN_HEADER]: 'javascript:alert(1)//' });
    expect(forged.division.data.url).toBe('http://dev.test:3100/api/v1/divisions/1666');
  });
});

describe('the API’s links with SITE_URL set', () => {
  it('name SITE_URL whatever address the request came by', async () => {
    process.env.SITE_URL = 'https://votes.example.org/';
    const routes = await loadRoutes();
    const answers = await answersFor(routes, { host: 'localhost:3100', [ORIGIN_HEADER]: 'http://localhost:3100' });
    for (const [name, link] of Object.entries(ownLinks(answers))) expect(link, name).toMatch(/^https:\/\/votes\.example\.org(\/|$)/);
    expect(JSON.stringify(answers)).not.toContain('localhost:3100');
  });
});
