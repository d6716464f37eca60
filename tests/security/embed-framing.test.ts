import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { PUBLIC_CACHE_CONTROL } from '@/scripts/lib/http-cache.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';

// Issue 15: the embeddable cards (/embed/…) are made to be framed by other sites, and nothing else may be. The
// production server (scripts/lib/respond.mjs) answers an embed without X-Frame-Options and with frame-ancestors *,
// whether it is made, kept in the page cache or revalidated (a 304 must not bring back DENY for a browser to store);
// every other page still denies framing. The share cards (card.png) are public answers like pages: kept, with an ETag.
// tests/e2e/share.spec.ts checks the same on the real routes.

const HTML = '<!DOCTYPE html><html lang="en-GB"><head><title>Card</title></head><body><p>A card</p></body></html>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000004b00000027608060000001f15c489', 'hex');

let server: StandInServer;
beforeAll(async () => {
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '';
    if (url.endsWith('/card.png')) {
      res.setHeader('content-type', 'image/png');
      res.setHeader('cache-control', 'no-store');
      return void res.end(PNG);
    }
    res.statusCode = url.includes('/9999') ? 404 : 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(HTML);
  };
  server = await startStandIn({ next, cache: new PageCache({ readVersion: () => 7, maxBytes: 1024 * 1024 }) });
});
afterAll(() => server.close());

function expectFramingAllowed(headers: http.IncomingHttpHeaders, what: string) {
  expect(headers['x-frame-options'], what).toBeUndefined();
  expect(headers['content-security-policy'], what).toMatch(/frame-ancestors \*(;|$)/);
  expect(headers['content-security-policy'], what).not.toMatch(/frame-ancestors 'none'/);
}

describe('framing', () => {
  it('lets any site frame an embed, made or kept, and keeps it cacheable with no cookie', async () => {
    for (const path of ['/embed/divisions/1666', '/embed/mps/3924']) {
      const made = await rawRequest(server.base, 'GET', path);
      expect(made.status).toBe(200);
      expectFramingAllowed(made.headers, `${path} made`);
      expect(made.headers['set-cookie']).toBeUndefined();
      expect(made.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
      expect(made.headers.etag).toBeTruthy();
      // Everything else in the page's policy stands.
      expect(made.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(made.headers['x-content-type-options']).toBe('nosniff');
      const kept = await rawRequest(server.base, 'GET', path);
      expect(kept.headers['x-cache']).toBe('HIT');
      expectFramingAllowed(kept.headers, `${path} kept`);
      const revalidated = await rawRequest(server.base, 'GET', path, { 'if-none-match': String(made.headers.etag) });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers['x-frame-options'], `${path} 304`).toBeUndefined();
    }
  });

  it('still denies framing to every other page, a 304 of one, and an embed that is not found', async () => {
    for (const path of ['/divisions/1666', '/mps/3924', '/', '/embed/divisions/9999', '/embedded']) {
      const answer = await rawRequest(server.base, 'GET', path);
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
    }
    const page = await rawRequest(server.base, 'GET', '/divisions/1666');
    const revalidated = await rawRequest(server.base, 'GET', '/divisions/1666', { 'if-none-match': String(page.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers['x-frame-options']).toBe('DENY');
  });
});

describe('share cards', () => {
  it('are public answers: made once, then kept, with an ETag; parameters are redirected away', async () => {
    const before = server.seen.filter((u) => u === '/divisions/1666/card.png').length;
    const first = await rawRequest(server.base, 'GET', '/divisions/1666/card.png');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(first.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['x-frame-options']).toBe('DENY');
    const second = await rawRequest(server.base, 'GET', '/divisions/1666/card.png');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(server.seen.filter((u) => u === '/divisions/1666/card.png').length - before).toBe(1);
    const junk = await rawRequest(server.base, 'GET', '/mps/3924/card.png?party=Lab');
    expect(junk.status).toBe(308);
    expect(junk.headers.location).toBe('/mps/3924/card.png');
  });
});
