import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { originFromHeaders } from '@/lib/site-origin';
import { ORIGIN_HEADER, requestOrigin } from '@/scripts/lib/origin.mjs';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../../support/stand-in-server';

// The site's address for absolute links when SITE_URL is unset: the request's Host (scripts/lib/origin.mjs), handed to
// the app in x-ayes-origin and read by lib/site-origin.ts; and, through the production server's request handling, an
// answer made for one host is never sent to another (the host is part of the cache key and the ETag).

const req = (headers: Record<string, string>, remoteAddress = '203.0.113.9', encrypted = false) => ({ headers, socket: { remoteAddress, encrypted } });
const NONE = new Set<string>();

describe('the origin of a request (scripts/lib/origin.mjs)', () => {
  it('is its Host, with the port it came to', () => {
    expect(requestOrigin(req({ host: '127.0.0.1:3177' }), NONE)).toBe('http://127.0.0.1:3177');
    expect(requestOrigin(req({ host: 'Ayes.Example.org' }), NONE)).toBe('http://ayes.example.org');
    expect(requestOrigin(req({ host: '[::1]:3000' }), NONE)).toBe('http://[::1]:3000');
    expect(requestOrigin(req({ host: 'example.org' }, '203.0.113.9', true), NONE)).toBe('https://example.org');
  });

  it('takes X-Forwarded-Proto from a trusted proxy only', () => {
    const proxied = req({ host: 'example.org', 'x-forwarded-proto': 'https' }, '127.0.0.1');
    expect(requestOrigin(proxied, new Set(['127.0.0.1']))).toBe('https://example.org');
    expect(requestOrigin(proxied, NONE)).toBe('http://example.org');
    expect(requestOrigin(req({ host: 'example.org', 'x-forwarded-proto': 'javascript' }, '127.0.0.1'), new Set(['127.0.0.1']))).toBe('http://example.org');
  });

  it('is null for a Host that is missing or not a host name', () => {
    for (const host of ['', 'evil.org/path', 'a b', 'evil.org@x', 'x:port', '<script>', `${'a'.repeat(64)}.org`]) {
      expect(requestOrigin(req({ host }), NONE), host).toBeNull();
    }
  });
});

describe('the origin the app writes links with (lib/site-origin.ts)', () => {
  const unset = { siteUrl: 'http://127.0.0.1:3000', isSiteUrlSet: false };
  it('is SITE_URL whenever it is set, whatever the request says', () => {
    const headers = new Headers({ host: 'other.example', [ORIGIN_HEADER]: 'http://other.example' });
    expect(originFromHeaders(headers, { siteUrl: 'https://ayes.example.org', isSiteUrlSet: true })).toBe('https://ayes.example.org');
  });
  it('is otherwise what the server handed over, else the Host over http, else the fallback', () => {
    expect(originFromHeaders(new Headers({ host: 'a.example', [ORIGIN_HEADER]: 'https://a.example' }), unset)).toBe('https://a.example');
    expect(originFromHeaders(new Headers({ host: '127.0.0.1:3177' }), unset)).toBe('http://127.0.0.1:3177');
    expect(originFromHeaders(new Headers({ host: 'bad host', [ORIGIN_HEADER]: 'javascript:alert(1)' }), unset)).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(new Headers(), unset)).toBe('http://127.0.0.1:3000');
  });
});

describe('the production server without SITE_URL', () => {
  let server: StandInServer;
  let cache: PageCache;
  beforeAll(async () => {
    // A stand-in for Next.js that writes the address it was handed into the page, as the real pages' links do.
    server = await startStandIn({
      next: (request: http.IncomingMessage, res: http.ServerResponse) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<link rel="canonical" href="${String(request.headers[ORIGIN_HEADER])}${request.url}">`);
      },
      dataVersion: () => 1,
    });
    Object.defineProperty(server.parts, 'cache', { get: () => cache });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    cache = new PageCache({ readVersion: () => 1, maxBytes: 1024 * 1024 });
    server.parts.siteUrl = undefined;
  });
  const get = (host: string, headers: Record<string, string> = {}) => rawRequest(server.base, 'GET', '/divisions', { host, ...headers });

  it('hands each request its own Host, and keeps answers for different hosts apart in the cache and the ETags', async () => {
    const first = await get('127.0.0.1:3177');
    expect(first.body).toBe('<link rel="canonical" href="http://127.0.0.1:3177/divisions">');
    const other = await get('ayes.example.org');
    expect(other.body).toBe('<link rel="canonical" href="http://ayes.example.org/divisions">');
    expect(other.headers['x-cache']).toBe('MISS');
    expect(other.headers.etag).not.toBe(first.headers.etag);
    const again = await get('127.0.0.1:3177');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.body).toBe(first.body);
    // A copy made for one host is not current for another.
    expect((await get('ayes.example.org', { 'if-none-match': String(first.headers.etag) })).status).toBe(200);
  });

  it('keeps the API’s answers for different hosts apart in the cache and the ETags too', async () => {
    const api = (host: string) => rawRequest(server.base, 'GET', '/api/v1/divisions?page=2', { host });
    const first = await api('127.0.0.1:3177');
    expect(first.body).toBe('<link rel="canonical" href="http://127.0.0.1:3177/api/v1/divisions?page=2">');
    expect(first.headers['cache-control']).toMatch(/^public, /);
    const other = await api('localhost:3177');
    expect(other.body).toBe('<link rel="canonical" href="http://localhost:3177/api/v1/divisions?page=2">');
    expect(other.headers['x-cache']).toBe('MISS');
    expect(other.headers.etag).not.toBe(first.headers.etag);
    expect((await api('127.0.0.1:3177')).headers['x-cache']).toBe('HIT');
  });

  it('never lets the client choose the address itself', async () => {
    const answer = await get('127.0.0.1:3177', { [ORIGIN_HEADER]: 'https://evil.example' });
    expect(answer.body).toBe('<link rel="canonical" href="http://127.0.0.1:3177/divisions">');
  });

  it('with SITE_URL set, writes it whatever the Host', async () => {
    server.parts.siteUrl = 'https://ayes.example.org';
    expect((await get('127.0.0.1:3177')).body).toBe('<link rel="canonical" href="https://ayes.example.org/divisions">');
    expect((await get('other.example')).headers['x-cache']).toBe('HIT');
  });
});
