// Load generation for `npm run bench`: autocannon at a fixed concurrency, with latency percentiles taken
// from every response (autocannon's own summary has no 95th percentile).
import autocannon from 'autocannon';

/** What a browser sends: pages and downloads travel compressed, as they do for every real visitor. */
export const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/json,text/csv;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'ayes-and-noes-bench',
};

export type LoadResult = {
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses that were not 2xx, and connection errors or timeouts. */
  non2xx: number;
  errors: number;
  /** Mean response size as received (compressed where the server compressed it). */
  meanBytes: number;
};

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: ReadonlyArray<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type LoadOptions = {
  baseUrl: string;
  /** One path, or several that each connection requests in turn. */
  paths: ReadonlyArray<string>;
  connections: number;
  seconds: number;
  /** Ends the run early when it resolves (the run still lasts at most `seconds`). */
  until?: Promise<unknown>;
};

/** A setupClient hook giving the n-th connection the paths from the n-th equal part of the list on, then round. */
function startEachConnectionApart(paths: ReadonlyArray<string>, connections: number) {
  let next = 0;
  return (client: { setRequests: (requests: { method: 'GET'; path: string }[]) => void }) => {
    const start = Math.floor((next++ * paths.length) / connections) % paths.length;
    client.setRequests([...paths.slice(start), ...paths.slice(0, start)].map((path) => ({ method: 'GET' as const, path })));
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  let non2xx = 0;
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        headers: BROWSER_HEADERS,
        requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
        // A walk through many pages: each connection starts at its own place in the list, as separate crawlers
        // would. Walking it in step, ten connections asked for each page together, and all but the first found
        // it already made (a crawl measured 90% warm).
        ...(options.paths.length > 1 ? { setupClient: startEachConnectionApart(options.paths, options.connections) } : null),
        timeout: 10,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
      if (statusCode < 200 || statusCode > 299) non2xx += 1;
    });
    void options.until?.then(() => instance.stop());
  });
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    non2xx,
    errors: result.errors + result.timeouts,
    meanBytes: latencies.length > 0 ? bytes / latencies.length : 0,
  };
}
