import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientRateLimiter, RenderGate } from '@/scripts/lib/limits.mjs';
import { PageCache } from '@/scripts/lib/page-cache.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';

// Item 3 of the hardening issue: a flood of cache misses (50 connections asking for /divisions/1666 with junk query
// strings) stalled the site and the editors. The production server's request handling (scripts/lib/server.mjs), on
// a real socket around a stand-in for Next.js, must: never render for parameters a route does not read; bound the
// renders it takes on, answering 503 with Retry-After beyond them; keep editors and sign-in out of that queue; and
// limit each client's renders.

let server: StandInServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A stand-in whose public pages wait for `release()`; editors' pages answer at once. */
function blockingNext() {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!/^\/(admin|login)/.test(req.url ?? '')) await gate;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<p>${req.url}</p>`);
  };
  return { next, release };
}

const answerAtOnce = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end('<p>page</p>');
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('parameters a route does not read never make a render', () => {
  it('redirects a page asked for with junk parameters to its clean address, without rendering', async () => {
    server = await startStandIn({ next: answerAtOnce, cache: new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 }) });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => rawRequest(server!.base, 'GET', `/divisions/1666?junk${i}=${i}`)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([308]));
    expect(new Set(answers.map((a) => a.headers.location))).toEqual(new Set(['/divisions/1666']));
    expect(server.seen).toEqual([]);

    // The route's own parameters are kept, in one order, whatever order they came in.
    const mixed = await rawRequest(server.base, 'GET', '/divisions/1666?sort=party&utm_source=x&vote=aye&party=Lab');
    expect(mixed.headers.location).toBe('/divisions/1666?party=Lab&vote=aye&sort=party');
    const rebels = await rawRequest(server.base, 'GET', '/rebels?vote=aye&division=1667,1666&party=Lab&party=Con&fbclid=1');
    expect(rebels.headers.location).toBe('/rebels?division=1666&division=1667&party=Lab&vote=aye');
    // Empty values (an empty select submitted without JavaScript) are dropped too.
    expect((await rawRequest(server.base, 'GET', '/rebels?party=&role=&vote=aye')).headers.location).toBe('/rebels?vote=aye');
    expect(server.seen).toEqual([]);

    // The clean address is rendered once and then kept.
    expect((await rawRequest(server.base, 'GET', '/divisions/1666')).headers['x-cache']).toBe('MISS');
    expect((await rawRequest(server.base, 'GET', '/divisions/1666')).headers['x-cache']).toBe('HIT');
    expect(server.seen).toEqual(['/divisions/1666']);
  });

  it('answers the API’s unknown parameters with 400 at once, and keys its answers by the parameters in one order', async () => {
    server = await startStandIn({ next: answerAtOnce, cache: new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 }) });
    const junk = await rawRequest(server.base, 'GET', '/api/v1/divisions/1666/votes?cachebust=123');
    expect(junk.status).toBe(400);
    expect(junk.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(junk.body)).toMatchObject({ issues: [{ path: 'cachebust', message: 'Unknown parameter: cachebust' }] });
    expect(server.seen).toEqual([]);

    await rawRequest(server.base, 'GET', '/api/v1/mps?party=Lab&q=smith');
    const reordered = await rawRequest(server.base, 'GET', '/api/v1/mps?q=smith&party=Lab');
    expect(reordered.headers['x-cache']).toBe('HIT');
    expect(server.seen).toHaveLength(1);
  });
});

describe('renders are bounded', () => {
  it('takes on at most its places and its queue, then answers 503 with Retry-After; editors never wait', async () => {
    const { next, release } = blockingNext();
    const gate = new RenderGate({ concurrency: 2, queue: 3 });
    server = await startStandIn({ next, gate, cache: new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 }) });
    const readers = Array.from({ length: 10 }, (_, i) => rawRequest(server!.base, 'GET', `/mps?q=reader${i}`));
    await until(() => gate.running === 2 && gate.waiting === 3);
    expect([gate.running, gate.waiting]).toEqual([2, 3]);

    // While every place is taken and the queue is full, the editors' pages and sign-in answer straight away.
    const started = performance.now();
    const editor = await Promise.all([
      rawRequest(server.base, 'GET', '/admin/divisions/1/whips'),
      rawRequest(server.base, 'GET', '/login?next=%2Fadmin'),
      rawRequest(server.base, 'POST', '/admin/divisions/1/whips'),
    ]);
    expect(editor.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(performance.now() - started).toBeLessThan(2_000);

    release();
    const answers = await Promise.all(readers);
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(refused).toHaveLength(5);
    for (const answer of refused) expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('starts no new public render while an editor’s request runs', async () => {
    let finishEditor: () => void = () => {};
    const editorDone = new Promise<void>((resolve) => (finishEditor = resolve));
    const order: string[] = [];
    const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      order.push(`start ${req.url}`);
      if (req.url?.startsWith('/admin')) await editorDone;
      order.push(`end ${req.url}`);
      res.end('ok');
    };
    const gate = new RenderGate({ concurrency: 2, queue: 5 });
    server = await startStandIn({ next, gate });
    const editor = rawRequest(server.base, 'POST', '/admin/divisions/1/whips');
    await until(() => gate.held);
    const reader = rawRequest(server.base, 'GET', '/mps?q=reader');
    await until(() => gate.waiting === 1);
    expect(order).toEqual(['start /admin/divisions/1/whips']);
    finishEditor();
    await Promise.all([editor, reader]);
    expect(order).toEqual(['start /admin/divisions/1/whips', 'end /admin/divisions/1/whips', 'start /mps?q=reader', 'end /mps?q=reader']);
    expect(gate.held).toBe(false);
  });

  it('lets nobody pause the public pages at will: an editor’s priority has an allowance per client', async () => {
    let signInPage: Promise<void> = Promise.resolve();
    const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (req.url?.startsWith('/login')) await signInPage;
      res.end('ok');
    };
    const gate = new RenderGate({ concurrency: 1, queue: 5 });
    server = await startStandIn({ next, gate, editorPriority: new ClientRateLimiter({ rate: 0.001, burst: 2 }) });
    await rawRequest(server.base, 'GET', '/login');
    await rawRequest(server.base, 'GET', '/login');
    let release: () => void = () => {};
    signInPage = new Promise((resolve) => (release = resolve));
    const third = rawRequest(server.base, 'GET', '/login');
    await until(() => server!.seen.length === 3);
    // Past its allowance the request is still answered at once, but public renders go on beside it.
    expect(gate.held).toBe(false);
    expect((await rawRequest(server.base, 'GET', '/mps?q=reader')).status).toBe(200);
    release();
    expect((await third).status).toBe(200);
  });

  it('sends the page as it was before the last change when too busy to make it again', async () => {
    let version = 1;
    const cache = new PageCache({ readVersion: () => version, maxBytes: 1 << 20 });
    let blocked: Promise<void> | null = null;
    let body = 'before the edit';
    const next = async (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (blocked) await blocked;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<p>${body}</p>`);
    };
    const gate = new RenderGate({ concurrency: 1, queue: 0 });
    server = await startStandIn({ next, gate, cache });
    expect((await rawRequest(server.base, 'GET', '/divisions/1666')).body).toBe('<p>before the edit</p>');
    version = 2; // an editor saved
    body = 'after the edit';
    let release: () => void = () => {};
    blocked = new Promise((resolve) => (release = resolve));
    const busy = rawRequest(server.base, 'GET', '/mps?q=busy');
    await until(() => gate.running === 1);
    const stale = await rawRequest(server.base, 'GET', '/divisions/1666');
    expect([stale.status, stale.headers['x-cache'], stale.body]).toEqual([200, 'STALE', '<p>before the edit</p>']);
    // A page never made before has nothing to fall back on.
    expect((await rawRequest(server.base, 'GET', '/divisions/1667')).status).toBe(503);
    release();
    await busy;
    blocked = null;
    const fresh = await rawRequest(server.base, 'GET', '/divisions/1666');
    expect([fresh.headers['x-cache'], fresh.body]).toEqual(['MISS', '<p>after the edit</p>']);
  });

  it('lets go of a hold by itself when a request never ends', async () => {
    const gate = new RenderGate({ concurrency: 1, queue: 1 });
    gate.hold(50);
    let ran = false;
    const waiting = gate.run(async () => void (ran = true));
    expect(gate.waiting).toBe(1);
    expect(await waiting).toBe(true);
    expect([ran, gate.held]).toEqual([true, false]);
  });

  it('does not render for a client that gave up while it waited', async () => {
    const { next, release } = blockingNext();
    const gate = new RenderGate({ concurrency: 1, queue: 5 });
    server = await startStandIn({ next, gate });
    const first = rawRequest(server.base, 'GET', '/mps?q=first');
    await until(() => gate.running === 1);
    const controller = new AbortController();
    const gaveUp = fetch(`${server.base}/mps?q=gave-up`, { signal: controller.signal }).catch(() => null);
    await until(() => gate.waiting === 1);
    controller.abort();
    await gaveUp;
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await first;
    await until(() => gate.running === 0);
    expect(server.seen).toEqual(['/mps?q=first']);
  });

  it('runs the client router’s prefetches only on spare capacity, and not against the visitor’s rate', async () => {
    const { next, release } = blockingNext();
    const gate = new RenderGate({ concurrency: 1, queue: 5 });
    const limiter = new ClientRateLimiter({ rate: 0.001, burst: 1 });
    server = await startStandIn({ next, gate, limiter });
    const prefetch = { rsc: '1', 'next-router-prefetch': '1', 'next-router-state-tree': '%5B%22%22%5D' };
    const page = rawRequest(server.base, 'GET', '/mps?q=page');
    await until(() => gate.running === 1);
    const dropped = await rawRequest(server.base, 'GET', '/divisions?_rsc=abc', prefetch);
    expect(dropped.status).toBe(503);
    release();
    expect((await page).status).toBe(200);
    // Idle again: the prefetch runs, though this client has used its one render.
    expect((await rawRequest(server.base, 'GET', '/divisions?_rsc=abc', prefetch)).status).toBe(200);
    expect((await rawRequest(server.base, 'GET', '/mps?q=another')).status).toBe(429);
  });
});

describe('each client’s renders are limited', () => {
  it('answers 429 with Retry-After past the client’s rate; cached pages and other clients are not held back', async () => {
    const limiter = new ClientRateLimiter({ rate: 0.5, burst: 3 });
    server = await startStandIn({
      next: answerAtOnce,
      limiter,
      cache: new PageCache({ readVersion: () => 1, maxBytes: 1 << 20 }),
      trustedProxies: new Set(['127.0.0.1']),
    });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await rawRequest(server.base, 'GET', `/mps?q=n${i}`, from('203.0.113.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await rawRequest(server.base, 'GET', '/mps?q=n9', from('203.0.113.7'));
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // A page already made costs nothing and is still sent.
    expect((await rawRequest(server.base, 'GET', '/mps?q=n0', from('203.0.113.7'))).headers['x-cache']).toBe('HIT');
    expect((await rawRequest(server.base, 'GET', '/mps?q=n5', from('198.51.100.1'))).status).toBe(200);
    // An IPv6 client is one client across its /64, as at sign-in: changing address within it does not help.
    const ipv6 = [];
    for (let i = 1; i <= 5; i++) ipv6.push((await rawRequest(server.base, 'GET', `/mps?q=v6-${i}`, from(`2001:db8:1:2::${i}`))).status);
    expect(ipv6).toEqual([200, 200, 200, 429, 429]);
  });

  it('believes X-Forwarded-For only from a trusted proxy, and tells the app the address it decided on', async () => {
    const seenAddresses: string[] = [];
    const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
      seenAddresses.push(String(req.headers['x-ayes-client-ip']));
      res.end('ok');
    };
    const limiter = new ClientRateLimiter({ rate: 0.001, burst: 1 });
    server = await startStandIn({ next, limiter });
    // No proxy is trusted: a forged header changes neither the address the app sees nor the client's bucket.
    const forged = { 'x-forwarded-for': '198.51.100.9', 'x-ayes-client-ip': '198.51.100.9' };
    expect((await rawRequest(server.base, 'GET', '/mps?q=a', forged)).status).toBe(200);
    expect((await rawRequest(server.base, 'GET', '/mps?q=b', { 'x-forwarded-for': '198.51.100.10' })).status).toBe(429);
    expect((await rawRequest(server.base, 'GET', '/login', forged)).status).toBe(200);
    expect(seenAddresses).toEqual(['127.0.0.1', '127.0.0.1']);

    await server.close();
    seenAddresses.length = 0;
    server = await startStandIn({ next, trustedProxies: new Set(['127.0.0.1']) });
    await rawRequest(server.base, 'GET', '/login', { 'x-forwarded-for': '10.0.0.1, 198.51.100.9' });
    // The proxy appended the address it saw last; anything before it the client wrote itself.
    expect(seenAddresses).toEqual(['198.51.100.9']);
  });

  it('keeps a bounded number of clients, however many addresses come and go', () => {
    let now = 0;
    const limiter = new ClientRateLimiter({ rate: 1, burst: 2, maxClients: 100, now: () => now });
    for (let i = 0; i < 10_000; i++) {
      now += 1;
      limiter.take(`client-${i}`);
    }
    expect(limiter.clients).toBe(100);
  });
});
