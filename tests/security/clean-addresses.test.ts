import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { canonicalQuery, routeFor } from '@/scripts/lib/route-params.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';

// Filter forms submitted without JavaScript send every field, empty or not ("?party=&vote=&sort=name"). The
// production server (scripts/lib/server.mjs) redirects such an address to the clean one before anything renders,
// so that the address bar, a shared link and the page cache all hold one address per list.

let server: StandInServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<p>${req.url}</p>`);
};

describe('the clean address of a filter form’s answer', () => {
  it('drops empty values and the sort a form sends by default, but keeps a chosen sort', () => {
    const rebels = routeFor('/rebels')!;
    const sent = 'division=1666&from=&to=&party=Lab&basis=&vote=&role=frontbench&left=&stance=&party_stance=&topic=&nation=&q=&sort=name';
    expect(canonicalQuery(rebels, new URLSearchParams(sent))).toEqual({ query: '?division=1666&party=Lab&role=frontbench', unknown: [] });
    expect(canonicalQuery(rebels, new URLSearchParams('q=+&sort=rebellions')).query).toBe('?sort=rebellions');
    expect(canonicalQuery(routeFor('/divisions/1666')!, new URLSearchParams('party=&vote=aye&sort=name')).query).toBe('?vote=aye');
    expect(canonicalQuery(routeFor('/divisions/1666/votes.csv')!, new URLSearchParams('sort=name')).query).toBe('');
    // Only where "name" is the default: the finder has no sort, so a stray one is unknown and goes anyway.
    expect(canonicalQuery(routeFor('/divisions')!, new URLSearchParams('q=&from=2023-11-01&to=&topic=&result=')).query).toBe('?from=2023-11-01');
  });

  it('is where the server sends the browser, with 308, before anything renders; the clean address is rendered once', async () => {
    server = await startStandIn({ next: answer, cache: new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 }) });
    const cases = [
      ['/divisions/1666?party=Lab&vote=&sort=name', '/divisions/1666?party=Lab'],
      ['/divisions?q=&from=2023-11-01&to=2023-11-30&topic=gaza&result=&rebels=&party=&departures=', '/divisions?from=2023-11-01&to=2023-11-30&topic=gaza'],
      ['/mps?q=&party=Con', '/mps?party=Con'],
      ['/topics/gaza-immediate-ceasefire?party=', '/topics/gaza-immediate-ceasefire'],
      ['/rebels.csv?division=1666&party=&sort=name', '/rebels.csv?division=1666'],
      ['/compare?mps=&mps=4087&topic=', '/compare?mps=4087'],
    ];
    for (const [asked, clean] of cases) {
      const reply = await rawRequest(server.base, 'GET', asked!);
      expect(reply.status, asked).toBe(308);
      expect(reply.headers.location, asked).toBe(clean);
    }
    expect(server.seen).toEqual([]);

    const first = await rawRequest(server.base, 'GET', '/divisions/1666?party=Lab');
    expect(first.status).toBe(200);
    expect((await rawRequest(server.base, 'GET', '/divisions/1666?party=Lab')).headers['x-cache']).toBe('HIT');
    expect(server.seen).toEqual(['/divisions/1666?party=Lab']);
  });
});
