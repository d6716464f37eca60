// The abuse run of `npm run bench -- --abuse`: a flood of requests that each want a new render, from one address
// and from many, while an editor keeps saving. What it shows: the server refuses what it cannot finish (429, 503)
// instead of stalling, junk never renders, the editor's saves stay quick, memory stays flat and nothing fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { BROWSER_HEADERS, percentile } from './load';

export type FloodResult = {
  requests: number;
  rps: number;
  /** Answers by status code ("308": 1234), and connection errors or timeouts. */
  statuses: Record<string, number>;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** The renders that were answered: 200s only. */
  rendered: { requests: number; p50Ms: number; p99Ms: number };
};

/** Addresses the flood comes from, named in X-Forwarded-For (the server trusts the loopback proxy for the run). */
const ONE_ABUSER = '203.0.113.66';
const manyAddresses = (i: number) => `198.51.${(i >> 8) & 255}.${i & 255}`;

const letters = 'abcdefghijklmnopqrstuvwxyz';
const randomWord = (length: number) => Array.from({ length }, () => letters[Math.floor(Math.random() * letters.length)]).join('');

/**
 * The addresses of the flood, one chosen at random per request: the junk query strings of the issue (each should be
 * a cheap redirect), and searches and filters that are valid and new each time (each a real render).
 */
export function floodPath(divisionId: number): string {
  const n = Math.floor(Math.random() * 1e9);
  switch (n % 4) {
    case 0:
      return `/divisions/${divisionId}?junk${n}=${n}`;
    case 1:
      return `/divisions/${divisionId}?party=${randomWord(3)}`;
    case 2:
      return `/mps?q=${randomWord(4)}`;
    default:
      return `/rebels?q=${randomWord(4)}`;
  }
}

/**
 * `connections` connections for `seconds`: half from one address (one abuser, met by the per-client limit), half
 * each request from another of 65,536 addresses (a spread-out flood, met by the render queue).
 */
export async function runFlood(options: { baseUrl: string; connections: number; seconds: number; divisionId: number }): Promise<FloodResult> {
  const latencies: number[] = [];
  const rendered: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const startedAt = performance.now();
  const run = (connections: number, address: () => string) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.baseUrl,
          connections,
          duration: options.seconds,
          timeout: 30,
          requests: [
            {
              method: 'GET',
              setupRequest: (request) => ({
                ...request,
                path: floodPath(options.divisionId),
                headers: { ...BROWSER_HEADERS, 'x-forwarded-for': address() },
              }),
            },
          ],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
        if (statusCode === 200) rendered.push(responseTime);
      });
    });
  const half = Math.max(1, Math.floor(options.connections / 2));
  const results = await Promise.all([
    run(half, () => ONE_ABUSER),
    run(options.connections - half, () => manyAddresses(next++ % 65_536)),
  ]);
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  rendered.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    statuses,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    rendered: { requests: rendered.length, p50Ms: percentile(rendered, 0.5), p99Ms: percentile(rendered, 0.99) },
  };
}

/**
 * runFlood in a child process (scripts/lib/bench/flood-child.ts), at a lower CPU priority: its load is not this
 * process's to carry (this one drives and times the editor's browser).
 */
export function runFloodApart(root: string, options: Parameters<typeof runFlood>[0]): Promise<FloodResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'lib', 'bench', 'flood-child.ts'), JSON.stringify(options)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The flood stands for clients elsewhere: on a small machine it must not starve the editor's browser of the
    // CPU it shares with it. The server it floods keeps its normal priority.
    try {
      if (child.pid) os.setPriority(child.pid, 10);
    } catch {
      // not permitted here: the flood runs at normal priority, and the editor's figures include its load
    }
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`The flood process failed (exit code ${code})`));
      resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as FloodResult);
    });
  });
}

/** Samples a process's resident memory once a second until stopped: how it moved over the run. */
export function sampleMemory(pid: number): { stop: () => number[] } {
  const samples: number[] = [];
  const read = () => {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) samples.push(Number(match[1]) * 1024);
    } catch {
      // no /proc here, or the process has gone: no sample
    }
  };
  read();
  const timer = setInterval(read, 1_000);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return samples;
    },
  };
}

const TARGET_ABUSE_SAVE_P95_S = 1;
const mb = (bytes: number) => bytes / 1024 / 1024;

export type AbuseOutcome = {
  connections: number;
  seconds: number;
  flood: FloodResult;
  divisionPath: string;
  /** The visitor's page times (ms), the editor's save times before and during the flood (s). */
  visitor: number[];
  /** The visitor's requests answered otherwise than 200 (503, 429). */
  visitorRefused: number;
  idleSaves: number[];
  saves: number[];
  /** The server's resident memory, a sample a second, and its peak (bytes). */
  memory: number[];
  peakBytes: number | null;
  alive: boolean;
  /** Failed requests in the server's log. */
  serverErrors: number;
};

/** Prints the abuse run's figures and writes bench/abuse.json; true when the server failed under the flood. */
export function reportAbuse(root: string, o: AbuseOutcome): boolean {
  const sorted = [...o.saves].sort((a, b) => a - b);
  const savesP95 = percentile(sorted, 0.95);
  o.visitor.sort((a, b) => a - b);
  const share = (code: string) => (o.flood.statuses[code] ?? 0) / Math.max(1, o.flood.requests);
  const firstMb = mb(o.memory[0] ?? 0);
  const settledMb = mb(o.memory.slice(Math.floor(o.memory.length / 2)).reduce((max, m) => Math.max(max, m), 0));
  const lastMb = mb(o.memory.at(-1) ?? 0);

  console.log('');
  console.log(`Abuse run: ${o.connections} connections for ${o.seconds} s (half from one address, half from many), ${os.cpus().length} cores`);
  console.log(`  readers: ${o.flood.requests} requests, ${Math.round(o.flood.rps)} req/s, p50 ${o.flood.p50Ms.toFixed(0)} ms, p99 ${o.flood.p99Ms.toFixed(0)} ms`);
  console.log(
    `  answers: ${Object.entries(o.flood.statuses)
      .sort()
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ')}; connection errors or timeouts: ${o.flood.errors}`,
  );
  console.log(
    `  503 share ${(share('503') * 100).toFixed(1)}%, 429 share ${(share('429') * 100).toFixed(1)}%, junk redirected (308) ${(share('308') * 100).toFixed(1)}%`,
  );
  console.log(`  renders answered (200): ${o.flood.rendered.requests}, p50 ${o.flood.rendered.p50Ms.toFixed(0)} ms, p99 ${o.flood.rendered.p99Ms.toFixed(0)} ms`);
  console.log(
    `  a visitor reading ${o.divisionPath} meanwhile: ${o.visitor.length} pages, ${o.visitorRefused} refused, p50 ${percentile(o.visitor, 0.5).toFixed(0)} ms, p95 ${percentile(o.visitor, 0.95).toFixed(0)} ms`,
  );
  const idle = [...o.idleSaves].sort((a, b) => a - b);
  console.log(`  editor saves with no flood: ${idle.length}, p50 ${percentile(idle, 0.5).toFixed(2)} s, p95 ${percentile(idle, 0.95).toFixed(2)} s`);
  console.log(
    `  editor saves under the flood: ${o.saves.length}, p50 ${percentile(sorted, 0.5).toFixed(2)} s, p95 ${savesP95.toFixed(2)} s, slowest ${(sorted.at(-1) ?? NaN).toFixed(2)} s ` +
      `(target p95 under ${TARGET_ABUSE_SAVE_P95_S} s: ${savesP95 < TARGET_ABUSE_SAVE_P95_S ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  server memory: ${firstMb.toFixed(0)} MB at the start, highest in the second half ${settledMb.toFixed(0)} MB, ${lastMb.toFixed(0)} MB at the end, ` +
      `peak ${o.peakBytes === null ? 'unknown' : `${mb(o.peakBytes).toFixed(0)} MB`}`,
  );
  console.log(`  server memory every 10 s (MB): ${o.memory.filter((_, i) => i % 10 === 0).map((m) => mb(m).toFixed(0)).join(', ')}`);
  console.log(`  server ${o.alive ? 'still answering' : 'NOT ANSWERING'}; 500s answered: ${o.flood.statuses['500'] ?? 0}; errors in its log: ${o.serverErrors}`);

  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  const summary = {
    machine: { cores: os.cpus().length, node: process.versions.node },
    settings: { connections: o.connections, seconds: o.seconds },
    readers: {
      requests: o.flood.requests,
      rps: Math.round(o.flood.rps),
      p50_ms: Math.round(o.flood.p50Ms),
      p99_ms: Math.round(o.flood.p99Ms),
      statuses: o.flood.statuses,
      connection_errors: o.flood.errors,
      share_503: Number(share('503').toFixed(3)),
      share_429: Number(share('429').toFixed(3)),
      rendered: { requests: o.flood.rendered.requests, p50_ms: Math.round(o.flood.rendered.p50Ms), p99_ms: Math.round(o.flood.rendered.p99Ms) },
    },
    visitor_ms: { pages: o.visitor.length, refused: o.visitorRefused, p50: Math.round(percentile(o.visitor, 0.5)), p95: Math.round(percentile(o.visitor, 0.95)) },
    editor_saves_without_flood_s: o.idleSaves.map((x) => Number(x.toFixed(2))),
    editor_saves_s: o.saves.map((x) => Number(x.toFixed(2))),
    editor_saves_p95_s: Number(savesP95.toFixed(2)),
    memory_mb_every_10_s: o.memory.filter((_, i) => i % 10 === 0).map((m) => Math.round(mb(m))),
    memory_mb: { start: Math.round(firstMb), second_half_high: Math.round(settledMb), end: Math.round(lastMb), peak: o.peakBytes === null ? null : Math.round(mb(o.peakBytes)) },
    server_alive: o.alive,
    server_log_errors: o.serverErrors,
  };
  fs.writeFileSync(path.join(root, 'bench', 'abuse.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log('');
  console.log('Wrote bench/abuse.json.');
  const failed = !o.alive || (o.flood.statuses['500'] ?? 0) > 0 || o.serverErrors > 0;
  if (failed) console.error('The server failed under the flood (see above).');
  return failed;
}
