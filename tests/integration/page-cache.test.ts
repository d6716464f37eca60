import { execFileSync } from 'node:child_process';
import type http from 'node:http';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { startStandIn, type StandInServer } from '../support/stand-in-server';
import { createTempDb, type TempDb } from './support/temp-db';

// The page cache in front of a real SQLite file, behind the production server's request handling
// (scripts/lib/server.mjs): a stand-in for Next.js whose one page prints a count read from the database, so that
// every test can tell a kept answer from a fresh one.

let temp: TempDb;
let versionDb: Database.Database;
let server: StandInServer;
let base: string;
let renders: number;
let cache: PageCache;
let renderDelay: Promise<void> | null;

function partiesCount(): number {
  return (temp.db.$client.prepare('SELECT count(*) AS n FROM parties').get() as { n: number }).n;
}

function addParty(db: Database.Database, abbreviation: string) {
  db.prepare("INSERT INTO parties (name, abbreviation, kind, created_at, updated_at) VALUES (?, ?, 'party', '2024-01-01', '2024-01-01')").run(
    `Party ${abbreviation}`,
    abbreviation,
  );
}

/** The stand-in for Next.js: `q=big…` makes a long answer, `q=cookie` sets a cookie, /divisions/404 is not found. */
async function render(req: http.IncomingMessage, res: http.ServerResponse) {
  renders += 1;
  const url = new URL(req.url!, 'http://localhost');
  const q = url.searchParams.get('q') ?? '';
  if (renderDelay) await renderDelay;
  if (q === 'cookie') res.setHeader('set-cookie', 'session=1');
  res.statusCode = url.pathname === '/divisions/404' ? 404 : 200;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  const body = `parties: ${partiesCount()}\n`.repeat(q.startsWith('big') ? 400 : 1);
  res.write(body.slice(0, 5));
  res.end(body.slice(5));
}

beforeEach(async () => {
  temp = createTempDb();
  versionDb = new Database(temp.file, { fileMustExist: true });
  cache = new PageCache({ readVersion: () => versionDb.pragma('data_version', { simple: true }), maxBytes: 1024 * 1024 });
  renders = 0;
  renderDelay = null;
  server = await startStandIn({ next: render, cache: null });
  // Read on every request, so that a test may swap in another cache.
  Object.defineProperty(server.parts, 'cache', { get: () => cache });
  base = server.base;
});

afterEach(async () => {
  await server.close();
  versionDb.close();
  temp.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache') };
}

describe('the page cache', () => {
  it('answers a repeat from memory, and the very next request after a commit from the database', async () => {
    const initial = partiesCount();
    expect(await get('/mps/1')).toEqual({ status: 200, body: `parties: ${initial}\n`, cache: 'MISS' });
    expect(await get('/mps/1')).toEqual({ status: 200, body: `parties: ${initial}\n`, cache: 'HIT' });
    expect(renders).toBe(1);

    addParty(temp.db.$client, 'New'); // the app's own connection, as an editor's save
    expect(await get('/mps/1')).toEqual({ status: 200, body: `parties: ${initial + 1}\n`, cache: 'MISS' });
    expect(await get('/mps/1')).toMatchObject({ cache: 'HIT' });
    expect(cache.stats.flushes).toBe(1);
  });

  it('sees a commit made by another process, such as the importer', async () => {
    const initial = partiesCount();
    await get('/divisions');
    const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
      db.prepare("INSERT INTO parties (name, abbreviation, kind, created_at, updated_at) VALUES ('Imported', 'Imp', 'party', '2024-01-01', '2024-01-01')").run();`;
    execFileSync(process.execPath, ['-e', script, temp.file], { cwd: process.cwd() });
    expect(await get('/divisions')).toEqual({ status: 200, body: `parties: ${initial + 1}\n`, cache: 'MISS' });
  });

  it('stores what was sent byte for byte, per Accept-Encoding', async () => {
    const plain = await get('/rebels.csv?q=big', { 'accept-encoding': 'identity' });
    const gzip1 = await fetch(`${base}/rebels.csv?q=big`, { headers: { 'accept-encoding': 'gzip' } });
    const gzip2 = await fetch(`${base}/rebels.csv?q=big`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip1.headers.get('x-cache')).toBe('MISS');
    expect(gzip2.headers.get('x-cache')).toBe('HIT');
    expect(gzip2.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip2.text()).toBe(await gzip1.text());
    expect(await get('/rebels.csv?q=big', { 'accept-encoding': 'identity' })).toEqual({ ...plain, cache: 'HIT' });
    expect(renders).toBe(2);
    // The stored bytes are the compressed ones, and they are the page.
    const raw = await fetch(`${base}/rebels.csv?q=big`, { headers: { 'accept-encoding': 'br' } });
    expect(raw.headers.get('content-encoding')).toBe('br');
    expect(await raw.text()).toBe(plain.body);
  });

  it('does not keep errors, answers that set a cookie, or private paths', async () => {
    for (const path of ['/divisions/404', '/mps?q=cookie', '/admin']) {
      await get(path);
      expect((await get(path)).cache, path).not.toBe('HIT');
    }
    expect(renders).toBe(6);
  });

  it('makes one page once for many visitors arriving together', async () => {
    let release: () => void = () => {};
    renderDelay = new Promise((resolve) => (release = resolve));
    const visitors = Array.from({ length: 8 }, () => get('/divisions/1666'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const answers = await Promise.all(visitors);
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.cache === 'HIT')).toHaveLength(7);
  });

  it('does not keep a page made while a commit landed: it may mix the old data and the new', async () => {
    let release: () => void = () => {};
    renderDelay = new Promise((resolve) => (release = resolve));
    const first = get('/mps/2');
    await new Promise((resolve) => setTimeout(resolve, 50));
    addParty(temp.db.$client, 'Mid');
    release();
    await first;
    renderDelay = null;
    expect((await get('/mps/2')).cache).toBe('MISS');
  });

  it('keeps nothing while the data version cannot be read', async () => {
    cache = new PageCache({ readVersion: () => Symbol('unreadable'), maxBytes: 1024 * 1024 });
    await get('/mps/1');
    expect((await get('/mps/1')).cache).toBe('MISS');
    expect(renders).toBe(2);
  });

  it('stays within its size, dropping the least recently used', async () => {
    const plain = { 'accept-encoding': 'identity' }; // fetch asks for gzip unless told otherwise
    const size = (await get('/admin?q=big', plain)).body.length; // not cached: just the size of one big answer
    const small = new PageCache({ readVersion: () => 1, maxBytes: Math.floor(size * 3.5) });
    cache = small;
    await get('/mps?q=big1', plain);
    await get('/mps?q=big2', plain);
    await get('/mps?q=big3', plain); // three fit
    expect((await get('/mps?q=big1', plain)).cache).toBe('HIT'); // touched: now the most recent
    await get('/mps?q=big4', plain); // a fourth pushes out the least recent, big2
    expect(small.stats.bytes).toBeLessThanOrEqual(size * 3.5);
    expect((await get('/mps?q=big1', plain)).cache).toBe('HIT');
    expect((await get('/mps?q=big2', plain)).cache).toBe('MISS');
  });
});
