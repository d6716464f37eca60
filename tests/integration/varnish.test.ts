import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findVarnishd, startVarnish, stopChild } from '@/scripts/lib/cluster.mjs';
import { ORIGIN_HEADER } from '@/scripts/lib/origin.mjs';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { createBanner, dataVersionReader, watchDataVersion } from '@/scripts/lib/purge.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';
import { createTempDb, type TempDb } from './support/temp-db';

// The committed VCL (deploy/varnish/default.vcl) in a real varnishd, in front of two app processes' request handling
// (scripts/lib/server.mjs around a stand-in for Next.js, each with its own page cache and data version connection on
// one SQLite file), with the watcher that bans Varnish when the data changes (scripts/lib/purge.mjs). No build needed.

const varnishd = findVarnishd();
if (!varnishd) console.warn('Skipping the Varnish tests: varnishd is not installed (Debian package `varnish`: apt-get install varnish).');

type Backend = { server: StandInServer; versionDb: Database.Database; clients: string[]; cookies: string[] };

let temp: TempDb;
const backends: Backend[] = [];
let varnish: ReturnType<typeof startVarnish> | undefined;
let varnishOutput = '';
let workDir: string;
let base: string;
let stopWatching: (() => void) | undefined;
let reader: ReturnType<typeof dataVersionReader> | undefined;
let bans = 0;
let onBan: (() => void) | null = null;

function partiesCount(): number {
  return (temp.db.$client.prepare('SELECT count(*) AS n FROM parties').get() as { n: number }).n;
}

/**
 * A stand-in for Next.js: every page names its canonical address from the site's address it was handed (as the real
 * pages do when SITE_URL is unset, as here) and prints a count read from the database; its answer is worth compressing.
 */
function standIn(backend: () => Backend) {
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === '/api/ping') return void res.end('ok\n');
    backend().clients.push(String(req.headers['x-ayes-client-ip']));
    backend().cookies.push(String(req.headers.cookie ?? ''));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    const canonical = `<link rel="canonical" href="${String(req.headers[ORIGIN_HEADER])}${req.url}">`;
    res.end(`<!doctype html>${canonical}<p>parties: ${partiesCount()}</p>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(60)}`);
  };
}

const canonicalOf = (body: string) => /<link rel="canonical" href="([^"]*)">/.exec(body)?.[1];

/** A free port on the loopback, for Varnish to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function untilAnswers(url: string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (varnish?.exitCode !== null) throw new Error(`varnishd stopped:\n${varnishOutput}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`varnishd did not answer:\n${varnishOutput}`);
}

/** What reached the app processes (answered from their own caches or not), liveness checks aside. */
const reached = () => backends.flatMap((b) => b.server.arrived.filter((url) => url !== '/api/ping'));
const get = (target: string, headers: Record<string, string> = {}) => rawRequest(base, 'GET', target, headers);

describe.skipIf(!varnishd)('Varnish in front of two app processes', () => {
  beforeAll(async () => {
    temp = createTempDb();
    for (let i = 0; i < 2; i++) {
      const versionDb = new Database(temp.file, { fileMustExist: true });
      const readVersion = () => versionDb.pragma('data_version', { simple: true });
      const backend: Backend = { versionDb, clients: [], cookies: [], server: undefined as unknown as StandInServer };
      backend.server = await startStandIn({
        next: standIn(() => backend),
        cache: new PageCache({ readVersion, maxBytes: 1024 * 1024 }),
        dataVersion: readVersion,
        trustedProxies: new Set(['127.0.0.1']),
      });
      backends.push(backend);
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-varnish-'));
    varnish = startVarnish({
      varnishd: varnishd!,
      vclFile: path.join(process.cwd(), 'deploy', 'varnish', 'default.vcl'),
      workDir,
      port,
      backendPorts: backends.map((b) => Number(new URL(b.server.base).port)),
      cacheMegabytes: 32,
    });
    varnish.stdout?.on('data', (chunk: Buffer) => (varnishOutput += chunk));
    varnish.stderr?.on('data', (chunk: Buffer) => (varnishOutput += chunk));
    await untilAnswers(`${base}/api/ping`);

    reader = dataVersionReader({ open: () => new Database(temp.file, { fileMustExist: true }) });
    const banner = createBanner({ url: `${base}/` });
    stopWatching = watchDataVersion({
      readVersion: reader.read,
      onChange: async () => {
        await banner.ban();
        bans += 1;
        onBan?.();
      },
    });
  }, 30_000);

  afterAll(async () => {
    stopWatching?.();
    reader?.close();
    if (varnish) await stopChild(varnish);
    for (const backend of backends) {
      await backend.server.close();
      backend.versionDb.close();
    }
    temp?.close();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    for (const backend of backends) {
      backend.server.seen.length = 0;
      backend.server.arrived.length = 0;
      backend.clients.length = 0;
      backend.cookies.length = 0;
    }
  });

  it('serves a public page from its store the second time, and answers a current ETag with 304 itself', async () => {
    const first = await get('/mps/1', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['x-varnish-cache']).toBe('MISS');
    const second = await get('/mps/1', { 'accept-encoding': 'br' });
    expect(second.headers['x-varnish-cache']).toBe('HIT');
    expect(String(second.headers['x-varnish']).split(' ')).toHaveLength(2); // this request's id and the stored object's
    expect(second.headers.age).toBeDefined();
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60');
    expect(reached()).toEqual(['/mps/1']);

    const conditional = await get('/mps/1', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    expect(conditional.status).toBe(304);
    expect(reached()).toEqual(['/mps/1']);
  });

  it('keeps each encoding as the app made it, without recompressing', async () => {
    const br = await get('/mps/2', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await get('/mps/2', { 'accept-encoding': 'gzip, deflate' });
    const plain = await get('/mps/2', { 'accept-encoding': 'identity' });
    expect([br.headers['content-encoding'], gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['br', 'gzip', undefined]);
    expect(reached()).toHaveLength(3);
    expect((await get('/mps/2', { 'accept-encoding': 'br;q=1.0, gzip' })).headers['x-varnish-cache']).toBe('HIT');
    expect(reached()).toHaveLength(3);
  });

  it('makes the next request fresh once a commit has been banned', async () => {
    const before = partiesCount();
    await get('/divisions');
    expect((await get('/divisions')).headers['x-varnish-cache']).toBe('HIT');

    const banned = new Promise<void>((resolve) => (onBan = resolve));
    const bansBefore = bans;
    temp.db.$client
      .prepare("INSERT INTO parties (name, abbreviation, kind, created_at, updated_at) VALUES ('Party V', 'PV', 'party', '2024-01-01', '2024-01-01')")
      .run();
    await Promise.race([banned, new Promise((_, reject) => setTimeout(() => reject(new Error('no ban within 2 s')), 2_000))]);
    expect(bans).toBe(bansBefore + 1);

    const after = await get('/divisions');
    expect(after.headers['x-varnish-cache']).toBe('MISS');
    expect(after.body).toContain(`parties: ${before + 1}`);
    expect(reached()).toEqual(['/divisions', '/divisions']);
  });

  it('takes bans only from this machine, not relayed for a visitor by a proxy on it', async () => {
    expect((await rawRequest(base, 'BAN', '/', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    expect((await rawRequest(base, 'PURGE', '/mps/1', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    await get('/mps/20');
    expect((await get('/mps/20')).headers['x-varnish-cache']).toBe('HIT');
    const ban = await rawRequest(base, 'BAN', '/');
    expect(ban.status).toBe(200);
    expect(ban.headers['cache-control']).toBe('private, no-store');
    expect((await get('/mps/20')).headers['x-varnish-cache']).toBe('MISS');
  });

  it('never keeps the admin area, sign-in, forms or a signed-in editor’s pages', async () => {
    for (const target of ['/admin', '/admin/divisions', '/login']) {
      await get(target);
      expect((await get(target)).headers['x-varnish-cache'], target).toBe('MISS');
    }
    for (let i = 0; i < 2; i++) {
      const posted = await rawRequest(base, 'POST', '/rebels', { 'content-type': 'text/plain' }, 'x');
      expect(posted.headers['x-varnish-cache']).toBe('MISS');
    }
    const session = { cookie: 'better-auth.session_token=abc.def' };
    await get('/mps/3', session);
    expect((await get('/mps/3', session)).headers['x-varnish-cache']).toBe('MISS');
    expect(reached().sort()).toEqual(['/admin', '/admin', '/admin/divisions', '/admin/divisions', '/login', '/login', '/mps/3', '/mps/3', '/rebels', '/rebels']);
    // The editor's cookie reached the app; a visitor's other cookies do not, and their page is kept.
    expect(backends.flatMap((b) => b.cookies)).toContain(session.cookie);
    await get('/mps/4', { cookie: 'theme=dark' });
    expect((await get('/mps/4', { cookie: 'theme=dark' })).headers['x-varnish-cache']).toBe('HIT');
    expect(backends.flatMap((b) => b.cookies).filter((c) => c.includes('theme'))).toEqual([]);
  });

  it('keeps the page made for https visitors apart from the one made for http, and each host’s apart', async () => {
    // The app processes trust Varnish's X-Forwarded-Proto and, without SITE_URL, write links with the scheme it names.
    const httpsBase = base.replace(/^http:/, 'https:');
    const plain = await get('/mps/30');
    expect(canonicalOf(plain.body)).toBe(`${base}/mps/30`);
    const secure = await get('/mps/30', { 'x-forwarded-proto': 'https' });
    expect(secure.headers['x-varnish-cache']).toBe('MISS');
    expect(canonicalOf(secure.body)).toBe(`${httpsBase}/mps/30`);
    expect(secure.headers.etag).not.toBe(plain.headers.etag);

    // Each is kept, and found again however the scheme is written; a value that is neither is the plain connection's.
    const again = await get('/mps/30', { 'x-forwarded-proto': 'HTTPS, http' });
    expect([again.headers['x-varnish-cache'], canonicalOf(again.body)]).toEqual(['HIT', `${httpsBase}/mps/30`]);
    for (const proto of ['http', 'gopher', 'https-please']) {
      const answer = await get('/mps/30', { 'x-forwarded-proto': proto });
      expect([answer.headers['x-varnish-cache'], canonicalOf(answer.body)], proto).toEqual(['HIT', `${base}/mps/30`]);
    }
    expect(reached()).toEqual(['/mps/30', '/mps/30']);

    // The Host is part of the key too (the built-in vcl_hash, which the VCL's own runs before).
    const otherHost = `localhost:${new URL(base).port}`;
    const other = await get('/mps/30', { host: otherHost });
    expect([other.headers['x-varnish-cache'], canonicalOf(other.body)]).toEqual(['MISS', `http://${otherHost}/mps/30`]);
  });

  it('spreads requests over both app processes, and names the client to them', async () => {
    for (let i = 10; i < 16; i++) await get(`/mps/${i}`, { 'x-forwarded-for': '203.0.113.9' });
    const counts = backends.map((b) => b.server.arrived.filter((url) => url !== '/api/ping').length);
    expect(counts).toEqual([3, 3]);
    // Varnish appends the address it saw; the app trusts only that entry, so a visitor cannot pick its own.
    expect(new Set(backends.flatMap((b) => b.clients))).toEqual(new Set(['127.0.0.1']));
  });
});
