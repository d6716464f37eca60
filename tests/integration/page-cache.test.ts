import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageCache, cacheKeyFor } from '@/scripts/lib/page-cache.mjs';
import { createTempDb, type TempDb } from './support/temp-db';

// The page cache in front of a real SQLite file: a tiny server whose one page prints a count read from the
// database, so that every test can tell a kept answer from a fresh one.

let temp: TempDb;
let versionDb: Database.Database;
let server: http.Server;
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

beforeEach(async () => {
  temp = createTempDb();
  versionDb = new Database(temp.file, { fileMustExist: true });
  cache = new PageCache({ readVersion: () => versionDb.pragma('data_version', { simple: true }), maxBytes: 1024 * 1024 });
  renders = 0;
  renderDelay = null;
  server = http.createServer((req, res) => {
    const render = async () => {
      renders += 1;
      const url = new URL(req.url!, 'http://localhost');
      if (renderDelay) await renderDelay;
      if (url.searchParams.has('cookie')) res.setHeader('set-cookie', 'session=1');
      res.statusCode = url.pathname === '/divisions/404' ? 404 : 200;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      const body = `parties: ${partiesCount()}\n`.repeat(url.searchParams.has('big') ? 400 : 1);
      if (req.headers['accept-encoding']?.includes('gzip')) {
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync(body));
      } else {
        res.write(body.slice(0, 5));
        res.end(body.slice(5));
      }
    };
    const key = cacheKeyFor(req);
    void (key ? cache.serve(key, req, res, render) : render());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
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
    const plain = await get('/rebels.csv', { 'accept-encoding': 'identity' });
    const gzip1 = await fetch(`${base}/rebels.csv`, { headers: { 'accept-encoding': 'gzip' } });
    const gzip2 = await fetch(`${base}/rebels.csv`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip2.headers.get('x-cache')).toBe('HIT');
    expect(gzip2.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip2.text()).toBe(await gzip1.text());
    expect(await get('/rebels.csv', { 'accept-encoding': 'identity' })).toEqual({ ...plain, cache: 'HIT' });
    expect(renders).toBe(2);
  });

  it('does not keep errors, answers that set a cookie, or private paths', async () => {
    for (const path of ['/divisions/404', '/mps?cookie=1', '/admin']) {
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
    const size = (await get('/admin?big', plain)).body.length; // not cached: just the size of one big answer
    const small = new PageCache({ readVersion: () => 1, maxBytes: Math.floor(size * 3.5) });
    cache = small;
    await get('/mps/1?big', plain);
    await get('/mps/2?big', plain);
    await get('/mps/3?big', plain); // three fit
    expect((await get('/mps/1?big', plain)).cache).toBe('HIT'); // touched: now the most recent
    await get('/mps/4?big', plain); // a fourth pushes out the least recent, /mps/2
    expect(small.stats.bytes).toBeLessThanOrEqual(size * 3.5);
    expect((await get('/mps/1?big', plain)).cache).toBe('HIT');
    expect((await get('/mps/2?big', plain)).cache).toBe('MISS');
  });
});
