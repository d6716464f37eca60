// The benchmark's load (scripts/lib/bench/load.ts): a crawl's connections walk its pages apart, so that a page is not
// asked for by every connection at once and the crawl measures pages made afresh, as a crawler meets them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../../scripts/lib/bench/load';

let server: http.Server;
let baseUrl: string;
/** The paths each connection asked for, in order. */
const byConnection = new Map<object, string[]>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    byConnection.set(req.socket, [...(byConnection.get(req.socket) ?? []), req.url ?? '']);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runLoad', () => {
  it('starts each connection of a crawl at its own place in the list, and walks every page', async () => {
    byConnection.clear();
    const paths = Array.from({ length: 20 }, (_, i) => `/crawl/${i}`);
    const result = await runLoad({ baseUrl, paths, connections: 4, seconds: 1 });
    expect(result.requests).toBeGreaterThan(40);
    const walks = [...byConnection.values()].filter((walk) => walk[0]?.startsWith('/crawl/'));
    expect(walks).toHaveLength(4);
    // Pages 0, 5, 10 and 15 first, not page 0 on every connection; then each walks on through the list, in turn.
    expect(new Set(walks.map((walk) => walk[0]))).toEqual(new Set(['/crawl/0', '/crawl/5', '/crawl/10', '/crawl/15']));
    for (const walk of walks) {
      const first = Number(walk[0]!.split('/').pop());
      expect(walk.slice(0, 25)).toEqual(Array.from({ length: Math.min(25, walk.length) }, (_, i) => `/crawl/${(first + i) % 20}`));
    }
    expect(new Set(walks.flat())).toEqual(new Set(paths));
  });

  it('asks for a single page on every connection', async () => {
    byConnection.clear();
    await runLoad({ baseUrl, paths: ['/only'], connections: 3, seconds: 0.5 });
    const walks = [...byConnection.values()].filter((walk) => walk[0] === '/only');
    expect(walks).toHaveLength(3);
    expect(new Set(walks.flat())).toEqual(new Set(['/only']));
  });
});
