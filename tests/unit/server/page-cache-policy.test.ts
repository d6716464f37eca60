import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { startStandIn, type StandInServer } from '../../support/stand-in-server';

// Which requests the production server answers from its page cache, through its real request handling
// (scripts/lib/server.mjs) around a stand-in for Next.js that counts its renders.

let server: StandInServer;
let cache: PageCache;

beforeAll(async () => {
  server = await startStandIn({
    next: (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><p>page</p>');
    },
  });
  Object.defineProperty(server.parts, 'cache', { get: () => cache });
});
afterAll(() => server.close());
beforeEach(() => {
  cache = new PageCache({ readVersion: () => 1, maxBytes: 1024 * 1024 });
  server.seen.length = 0;
});

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${server.base}${path}`, { headers, method, redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, cache: response.headers.get('x-cache') };
}

/** Whether a second identical request is answered from the cache. */
async function kept(path: string, headers: Record<string, string> = {}) {
  await get(path, headers);
  return (await get(path, headers)).cache === 'HIT';
}

describe('which requests the page cache answers', () => {
  it('keeps the public pages, downloads and API answers', async () => {
    for (const url of [
      '/',
      '/mps',
      '/mps?q=Yasmin+Qureshi',
      '/mps/3924',
      '/mps/export.csv',
      '/divisions',
      '/divisions/1666?party=Lab&vote=aye',
      '/divisions/1666/votes.csv',
      '/rebels?division=1666&party=Lab',
      '/rebels.csv',
      '/api',
      '/api/v1/divisions/1666/votes',
    ]) {
      expect(await kept(url), url).toBe(true);
    }
    await get('/divisions/1666?party=Lab');
    expect((await get('/divisions/1666?party=Con')).cache).toBe('MISS');
  });

  it('keys by the encoding the answer is compressed in', async () => {
    await get('/', { 'accept-encoding': 'gzip' });
    expect((await get('/', { 'accept-encoding': 'identity' })).cache).toBe('MISS');
    expect((await get('/', { 'accept-encoding': 'gzip, deflate' })).cache).toBe('HIT');
  });

  it('keeps the client router’s requests apart by the headers its answers vary with', async () => {
    const tree = { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' };
    await get('/mps/3924');
    expect((await get('/mps/3924?_rsc=abc', tree)).cache).toBe('MISS');
    expect((await get('/mps/3924?_rsc=abc', { ...tree, 'next-router-state-tree': '%5B%22mps%22%5D' })).cache).toBe('MISS');
    expect((await get('/mps/3924?_rsc=abc', { ...tree, 'next-router-prefetch': '1' })).cache).toBe('MISS');
    expect((await get('/mps/3924?_rsc=abc', tree)).cache).toBe('HIT');
    // The router's own parameter reaches Next.js as sent: it checks it against the headers.
    expect(server.seen).toContain('/mps/3924?_rsc=abc');
  });

  it('never keeps signed-in, form or liveness requests, nor an outside service’s answer', async () => {
    expect(await kept('/admin')).toBe(false);
    expect(await kept('/admin/divisions/1/whips')).toBe(false);
    expect(await kept('/login?next=%2Fadmin')).toBe(false);
    expect(await kept('/api/ping')).toBe(false);
    await get('/rebels', {}, 'POST');
    expect((await get('/rebels', {}, 'POST')).cache).toBeNull();
    // A postcode search asks the postcode service: its answer, or its outage, is not the database's.
    expect(await kept('/mps?q=BL3%205AB')).toBe(false);
    expect(await kept('/mps?q=bl35ab')).toBe(false);
    expect(await kept('/mps?q=Bolton')).toBe(true);
  });
});
