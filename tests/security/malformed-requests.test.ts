import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { PUBLIC_ROUTES } from '@/scripts/lib/route-params.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';

// Items 5 and 6 of the hardening issue. Malformed requests gave 500 (/divisions/%ff on every route with an id, and
// TRACE); they get 400 and 405. And the page cache read //divisions and /\divisions as the home page, serving it
// where Next.js would redirect: such addresses must reach Next.js, uncached. The stand-in for Next.js here throws on
// an address it cannot decode, as Next.js's routing did.

let server: StandInServer;
let cache: PageCache;

beforeAll(async () => {
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    decodeURIComponent(url); // throws URIError on %ff, as the real routing did
    if (/^\/[/\\]/.test(url)) {
      // What Next.js does with these: a redirect to the single-slash path.
      res.statusCode = 308;
      res.setHeader('location', url.replace(/^[/\\]+/, '/'));
      return void res.end();
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(url === '/' ? '<p>home</p>' : `<p>${url}</p>`);
  };
  server = await startStandIn({ next });
  Object.defineProperty(server.parts, 'cache', { get: () => cache });
});
afterAll(() => server.close());
beforeEach(() => {
  cache = new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 });
  server.seen.length = 0;
});

/** An example address of each public route, with `%ff` where it takes an id. */
const ROUTES_WITH_IDS = PUBLIC_ROUTES.map((r) => r.pattern.source)
  .filter((source) => source.includes('[^/]+'))
  .map((source) =>
    source
      .replace(/^\^/, '')
      .replace(/\$$/, '')
      .replaceAll('\\/', '/')
      .replace('[^/]+', '%ff')
      .replace(/\\\.\((\w+)\|\w+\)/, '.$1')
      .replace(/\((\w+)\|\w+\)/, '$1'),
  );

describe('malformed requests', () => {
  it('answers an id that does not decode with 400 on every route that takes one', async () => {
    expect(ROUTES_WITH_IDS).toEqual(
      expect.arrayContaining(['/mps/%ff', '/divisions/%ff', '/divisions/%ff/votes.csv', '/api/v1/divisions/%ff', '/api/v1/mps/%ff']),
    );
    for (const path of [...ROUTES_WITH_IDS, '/admin/divisions/%ff', '/%ff', '/divisions/%e2%82', '/mps/%']) {
      const answer = await rawRequest(server.base, 'GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.body, path).toMatch(/not a valid path/);
    }
    expect(server.seen).toEqual([]);
  });

  it('answers methods the site does not use with 405 and Allow, and OPTIONS with 204', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      const answer = await rawRequest(server.base, method, '/divisions/1666');
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe('GET, HEAD, POST');
    }
    const options = await rawRequest(server.base, 'OPTIONS', '/');
    expect([options.status, options.headers.allow]).toEqual([204, 'GET, HEAD, POST']);
    expect(server.seen).toEqual([]);
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await rawRequest(server.base, 'HEAD', '/divisions');
    expect([head.status, head.body]).toEqual([200, '']);
  });
});

describe('addresses that start with two slashes or a slash and a backslash', () => {
  it('are never answered from the cache as the home page: they reach Next.js, which redirects them', async () => {
    expect((await rawRequest(server.base, 'GET', '/')).headers['x-cache']).toBe('MISS');
    expect((await rawRequest(server.base, 'GET', '/')).headers['x-cache']).toBe('HIT');
    for (const path of ['//divisions', '/\\divisions', '//evil.example/divisions', '/\\/divisions']) {
      const answer = await rawRequest(server.base, 'GET', path);
      expect(answer.headers['x-cache'], path).toBeUndefined();
      expect(answer.body, path).not.toContain('home');
      expect(answer.status, path).toBe(308);
      expect(String(answer.headers.location), path).toMatch(/^\/[^/\\]/);
    }
    expect(server.seen).toEqual(['/', '//divisions', '/\\divisions', '//evil.example/divisions', '/\\/divisions']);
  });
});
