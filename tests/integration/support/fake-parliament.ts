import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for Parliament's APIs (node:http on 127.0.0.1): tests say what each request gets,
// including the awkward answers (429 with Retry-After, 500, a slow answer, a body cut short), and read
// back which requests were made. No test touches the real network.

export type FakeAnswer = {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (to provoke a client timeout). */
  delayMs?: number;
  /** Send only this many bytes of the body, announcing the whole length, then drop the connection. */
  cutAfterBytes?: number;
};

type Route = { matches: (url: URL) => boolean; answers: Array<FakeAnswer | ((url: URL) => FakeAnswer)> };

export class FakeParliament {
  /** Every request, as path and query (e.g. /data/division/1666.json). */
  readonly requests: string[] = [];
  private readonly routes: Route[] = [];
  private server: http.Server | null = null;
  url = '';

  /**
   * Answers requests that match, in turn: each request takes the next answer, and the last one keeps
   * answering. Routes added later win over earlier ones.
   */
  on(matches: string | RegExp | ((url: URL) => boolean), ...answers: Array<FakeAnswer | ((url: URL) => FakeAnswer)>): this {
    const test =
      typeof matches === 'string'
        ? (url: URL) => url.pathname === matches
        : matches instanceof RegExp
          ? (url: URL) => matches.test(`${url.pathname}${url.search}`)
          : matches;
    this.routes.unshift({ matches: test, answers });
    return this;
  }

  requestsTo(pattern: RegExp): string[] {
    return this.requests.filter((r) => pattern.test(r));
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push(`${url.pathname}${url.search}`);
    const route = this.routes.find((r) => r.matches(url));
    const next = route ? (route.answers.length > 1 ? route.answers.shift() : route.answers[0]) : undefined;
    const answer: FakeAnswer = next === undefined ? { status: 404, body: { error: 'no such route in the fake' } } : typeof next === 'function' ? next(url) : next;
    const body = typeof answer.body === 'string' ? answer.body : answer.body === undefined ? '' : JSON.stringify(answer.body);
    const send = () => {
      if (res.destroyed) return;
      const bytes = Buffer.from(body);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length), ...answer.headers });
      if (answer.cutAfterBytes !== undefined) {
        res.write(bytes.subarray(0, answer.cutAfterBytes));
        res.socket?.destroy();
        return;
      }
      res.end(bytes);
    };
    res.on('error', () => {});
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }
}

/** A port nothing listens on: connecting to it is refused, as when offline or the host is down. */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
