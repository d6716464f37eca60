import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClientRateLimiter, RenderGate } from '@/scripts/lib/limits.mjs';
import type { PageCache } from '@/scripts/lib/page-cache.mjs';
import { createRequestHandler, type ServerParts } from '@/scripts/lib/server.mjs';

// The production server's request handling (scripts/lib/server.mjs) on a real socket, around a stand-in for
// Next.js: the tests see every status, header and byte a browser would, without building the app.

export type StandInNext = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<unknown> | void;

export type StandInServer = {
  base: string;
  /** The requests that reached the stand-in, as it saw their addresses. */
  seen: string[];
  /** Every request that reached the server, answered from its cache or not, as sent. */
  arrived: string[];
  /** What the handler is built from, read on every request: a test may swap the cache. */
  parts: ServerParts;
  close: () => Promise<void>;
};

export async function startStandIn(options: {
  next: StandInNext;
  cache?: PageCache | null;
  gate?: RenderGate;
  limiter?: ClientRateLimiter;
  editorPriority?: ClientRateLimiter;
  trustedProxies?: ReadonlySet<string>;
  dataVersion?: () => unknown;
  onDataChange?: () => Promise<unknown>;
}): Promise<StandInServer> {
  const seen: string[] = [];
  const arrived: string[] = [];
  const parts: ServerParts = {
    handle: async (req, res) => {
      seen.push(req.url ?? '');
      await options.next(req, res);
    },
    cache: options.cache ?? null,
    gate: options.gate ?? new RenderGate({ concurrency: 8, queue: 100 }),
    limiter: options.limiter ?? new ClientRateLimiter({ rate: 0, burst: 1 }),
    trustedProxies: options.trustedProxies,
    editorPriority: options.editorPriority,
    dataVersion: options.dataVersion,
    onDataChange: options.onDataChange,
  };
  const handleRequest = createRequestHandler(parts);
  const server = http.createServer((req, res) => {
    arrived.push(req.url ?? '');
    handleRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    seen,
    arrived,
    parts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A request sent as written (fetch would clean the address, follow redirects or refuse the method first).
 * Resolves with the status, headers and body as received.
 */
export function rawRequest(
  base: string,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
