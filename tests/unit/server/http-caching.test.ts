import type http from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, PUBLIC_VARY, SUPERSEDED_CACHE_CONTROL } from '@/scripts/lib/http-cache.mjs';
import { ClientRateLimiter, RenderGate } from '@/scripts/lib/limits.mjs';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../../support/stand-in-server';

// What the production server (scripts/lib/server.mjs) tells browsers and shared caches about keeping each answer:
// public answers may be kept by a CDN or Varnish and carry an ETag of the build, the data version and the address; everything an
// editor or a refusal sees is private. A client whose copy is current gets 304 without a render, and an editor's
// save is answered only once the shared caches have been told of it.

const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate'; // what Next.js sends for a dynamic page
const PAGE = `<!doctype html><html><body>${'<p>A page of votes.</p>'.repeat(100)}</body></html>`;

let version: number;
let saves: number;

/** A stand-in for Next.js answering as it does: pages, downloads, the API, the admin area, its own files. */
async function next(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST') {
    // A server action: a save commits (the data version moves), unless told it changed nothing.
    if (!url.searchParams.has('nothing')) {
      version += 1;
      saves += 1;
    }
    res.setHeader('cache-control', NEXT_DYNAMIC);
    res.setHeader('content-type', 'text/x-component');
    return void res.end('0:saved\n');
  }
  if (url.pathname === '/api/ping') {
    res.setHeader('cache-control', 'no-store');
    return void res.end('ok\n');
  }
  if (url.pathname.startsWith('/_next/static/')) {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('content-type', 'application/javascript');
    return void res.end('console.log(1)');
  }
  if (url.pathname.endsWith('.csv')) {
    res.setHeader('cache-control', 'no-store'); // lib/export/response.ts
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    return void res.end('name,vote\n'.repeat(200));
  }
  if (url.pathname.startsWith('/api/v1/')) {
    res.setHeader('cache-control', 'public, max-age=60, stale-while-revalidate=300'); // app/api/v1/_shared/http.ts
    res.setHeader('content-type', 'application/json; charset=utf-8');
    return void res.end(JSON.stringify({ data: Array.from({ length: 100 }, (_, id) => ({ id })) }));
  }
  res.statusCode = url.pathname === '/divisions/404' ? 404 : 200;
  res.setHeader('cache-control', NEXT_DYNAMIC);
  res.setHeader('vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(PAGE);
}

let server: StandInServer;
let cache: PageCache;
let hook: () => Promise<unknown>;

beforeAll(async () => {
  server = await startStandIn({ next, dataVersion: () => version, onDataChange: () => hook() });
  Object.defineProperty(server.parts, 'cache', { get: () => cache });
});
afterAll(() => server.close());
beforeEach(() => {
  version = 1;
  saves = 0;
  cache = new PageCache({ readVersion: () => version, maxBytes: 1024 * 1024 });
  hook = async () => {};
  server.seen.length = 0;
});

const get = (target: string, headers: Record<string, string> = {}) => rawRequest(server.base, 'GET', target, headers);

describe('Cache-Control', () => {
  it('lets shared caches keep public pages, downloads and API answers, and browsers always ask again', async () => {
    for (const target of ['/', '/divisions/1666?party=Lab', '/mps/3924', '/divisions/1666/votes.csv', '/rebels.json', '/api/v1/divisions']) {
      for (const attempt of ['MISS', 'HIT']) {
        const answer = await get(target, { 'accept-encoding': 'gzip' });
        expect(answer.status, target).toBe(200);
        expect(answer.headers['x-cache'], target).toBe(attempt);
        expect(answer.headers['cache-control'], `${target} ${attempt}`).toBe(PUBLIC_CACHE_CONTROL);
        expect(answer.headers.etag, target).toMatch(/^"v1-[\w-]{22}"$/);
        // The encoding and the client router's headers, as Next.js lists them on every answer (the stand-in's
        // downloads and API leave them out: the server adds them, so that a 304 can repeat the same list).
        expect(answer.headers.vary, target).toBe(PUBLIC_VARY);
      }
    }
    expect(PUBLIC_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60');
    expect(PUBLIC_VARY).toBe('rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding');
  });

  it('keeps editors, sign-in, forms and anything sent with a session cookie private', async () => {
    const privateAnswers = [
      await get('/admin'),
      await get('/admin/divisions/1/whips'),
      await get('/login?next=%2Fadmin'),
      await get('/mps/3924', { cookie: 'better-auth.session_token=abc.def' }),
      await get('/divisions/1666', { cookie: 'theme=dark; __Secure-better-auth.session_token=abc.def' }),
      await rawRequest(server.base, 'POST', '/admin/divisions/1/whips?nothing', { 'content-type': 'text/plain' }, 'x'),
      await rawRequest(server.base, 'POST', '/rebels?nothing', { 'content-type': 'text/plain' }, 'x'),
    ];
    for (const answer of privateAnswers) {
      expect(answer.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL);
      expect(answer.headers.etag).toBeUndefined();
    }
    // Another cookie is nobody's session: the page is as public as without it.
    expect((await get('/mps/3924', { cookie: 'theme=dark' })).headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
  });

  it('makes an editor’s page afresh, never from the page cache nor into it (it carries their Edit links)', async () => {
    const session = { cookie: 'better-auth.session_token=abc.def' };
    expect((await get('/divisions/1666')).headers['x-cache']).toBe('MISS');
    expect((await get('/divisions/1666')).headers['x-cache']).toBe('HIT');
    const rendersBefore = server.seen.length;
    for (let i = 0; i < 2; i++) expect((await get('/divisions/1666', session)).headers['x-cache']).toBeUndefined();
    expect(server.seen.length - rendersBefore).toBe(2);
    // A visitor's next request is still the page made for visitors.
    expect((await get('/mps/3924', session)).headers['x-cache']).toBeUndefined();
    expect((await get('/mps/3924')).headers['x-cache']).toBe('MISS');
  });

  it('keeps refusals, redirects and errors private', async () => {
    const answers = {
      308: await get('/divisions/1666?utm_source=x'),
      400: await get('/api/v1/divisions?junk=1'),
      '400 path': await get('/divisions/%ff'),
      404: await get('/divisions/404'),
      405: await rawRequest(server.base, 'DELETE', '/'),
    };
    for (const [what, answer] of Object.entries(answers)) {
      expect(String(answer.status), what).toBe(what.split(' ')[0]);
      expect(answer.headers['cache-control'], what).toBe(PRIVATE_CACHE_CONTROL);
      expect(answer.headers.etag, what).toBeUndefined();
    }
  });

  it('leaves the framework’s files and the liveness check as Next.js sends them', async () => {
    expect((await get('/_next/static/chunks/main.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/api/ping')).headers['cache-control']).toBe('no-store');
  });
});

describe('refusals and pages sent as they were', () => {
  let busy: StandInServer;
  let release: () => void;
  afterEach(async () => {
    release?.();
    await busy?.close();
  });

  it('keeps 429 and 503 private, and tells shared caches not to keep a page sent as it was before the last change', async () => {
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const slowCache = new PageCache({ readVersion: () => version, maxBytes: 1024 * 1024 });
    busy = await startStandIn({
      next: async (req, res) => {
        if (req.url?.startsWith('/mps/2')) await blocked;
        await next(req, res);
      },
      cache: slowCache,
      dataVersion: () => version,
      gate: new RenderGate({ concurrency: 1, queue: 0 }),
      limiter: new ClientRateLimiter({ rate: 0.001, burst: 4 }),
    });
    const kept = await rawRequest(busy.base, 'GET', '/mps/1');
    expect(kept.headers.etag).toBeTruthy();
    version += 1; // an editor's save: the kept page is now the page as it was
    const hanging = rawRequest(busy.base, 'GET', '/mps/2'); // holds the one place
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stale = await rawRequest(busy.base, 'GET', '/mps/1');
    expect(stale.headers['x-cache']).toBe('STALE');
    expect(stale.headers['cache-control']).toBe(SUPERSEDED_CACHE_CONTROL);
    expect(stale.headers.etag).toBeUndefined();

    const refused = await rawRequest(busy.base, 'GET', '/mps/3');
    expect(refused.status).toBe(503);
    expect(refused.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL);
    release();
    await hanging;

    const limited = await rawRequest(busy.base, 'GET', '/mps/4');
    expect(limited.status).toBe(429);
    expect(limited.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL);
  });

  it('does not let shared caches keep a page made while a commit landed', async () => {
    busy = await startStandIn({
      next: async (req, res) => {
        version += 1; // committed while the page was being made
        await next(req, res);
      },
      dataVersion: () => version,
    });
    const mixed = await rawRequest(busy.base, 'GET', '/mps/1');
    expect(mixed.status).toBe(200);
    expect(mixed.headers['cache-control']).toBe(SUPERSEDED_CACHE_CONTROL);
    expect(mixed.headers.etag).toBeUndefined();
  });
});

describe('ETags and 304', () => {
  it('gives one answer one ETag: another for each encoding and each address, the same when asked again', async () => {
    const etag = async (target: string, encoding: string) => (await get(target, { 'accept-encoding': encoding })).headers.etag;
    const br = await etag('/mps/3924', 'br');
    expect(await etag('/mps/3924', 'br')).toBe(br);
    expect(await etag('/mps/3924', 'gzip, deflate, br')).toBe(br); // the same encoding chosen
    const others = [await etag('/mps/3924', 'gzip'), await etag('/mps/3924', 'identity'), await etag('/mps/1', 'br'), await etag('/mps/3924?page=2', 'br')];
    expect(new Set([br, ...others]).size).toBe(5);
    // Junk parameters are not part of the address (they are redirected away), and the client router's data is not
    // the page.
    expect((await get('/mps/3924?page=2', { 'accept-encoding': 'br' })).headers.etag).toBe(others[3]);
    expect((await get('/mps/3924', { 'accept-encoding': 'br', rsc: '1' })).headers.etag).not.toBe(br);
  });

  it('answers a current If-None-Match with 304 and no render, even when the page is not kept', async () => {
    const first = await get('/divisions/1666', { 'accept-encoding': 'br' });
    const etag = first.headers.etag!;
    cache = new PageCache({ readVersion: () => version, maxBytes: 1024 * 1024 }); // forgets the page
    server.seen.length = 0;

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await get('/divisions/1666', { 'accept-encoding': 'br', 'if-none-match': ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
      expect(again.headers.vary).toBe(first.headers.vary);
      expect(again.headers['x-content-type-options']).toBe('nosniff');
      expect(again.headers['x-frame-options']).toBe('DENY');
      // A cache updates the kept page's headers from a 304: it must not swap the page's policy for another.
      expect(again.headers['content-security-policy']).toBeUndefined();
    }
    expect(server.seen).toEqual([]);
    // Another encoding is another answer: sent whole.
    expect((await get('/divisions/1666', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
  });

  it('sends the whole page again once the data has changed', async () => {
    const etag = (await get('/mps/1')).headers.etag!;
    version += 1;
    const after = await get('/mps/1', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body).toBe(PAGE);
  });

  it('never answers 304 to a request with a session cookie, or with an ETag of another process', async () => {
    const etag = (await get('/mps/1')).headers.etag!;
    expect((await get('/mps/1', { 'if-none-match': etag, cookie: 'better-auth.session_token=x' })).status).toBe(200);
    expect((await get('/mps/1', { 'if-none-match': '"v1-made-by-another-process-"' })).status).toBe(200);
  });
});

describe('an editor’s save and the shared caches', () => {
  async function timedPost(target: string) {
    const answer = await rawRequest(server.base, 'POST', target, { 'content-type': 'text/plain' }, 'x');
    return { ...answer, at: performance.now() };
  }

  it('answers a save that moved the data version only once the shared caches have been told', async () => {
    let toldAt = 0;
    let told = 0;
    hook = () =>
      new Promise((resolve) =>
        setTimeout(() => {
          told += 1;
          toldAt = performance.now();
          resolve(undefined);
        }, 150),
      );
    const answer = await timedPost('/admin/divisions/1/whips');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('0:saved\n');
    expect(saves).toBe(1);
    expect(told).toBe(1);
    expect(answer.at).toBeGreaterThanOrEqual(toldAt);
    // A form on a public page (a server action posts to the page's address) is waited for in the same way.
    await timedPost('/divisions/1666');
    expect(told).toBe(2);
  });

  it('does not wait when the save changed nothing, nor when telling the caches fails', async () => {
    let told = 0;
    hook = async () => {
      told += 1;
    };
    await timedPost('/admin/divisions/1/whips?nothing');
    expect(told).toBe(0);

    hook = () => Promise.reject(new Error('the cache is down'));
    const original = console.error;
    console.error = () => {};
    try {
      const answer = await timedPost('/admin/divisions/1/whips');
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('0:saved\n');
    } finally {
      console.error = original;
    }
  });
});
