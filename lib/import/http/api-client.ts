import { createHash } from 'node:crypto';
import { ImportError } from '../errors';
import type { ResponseCache } from './response-cache';

export type ApiClientOptions = {
  /** e.g. https://commonsvotes-api.parliament.uk (no trailing slash needed). */
  baseUrl: string;
  /** Politeness: at most this many requests a second (default 4). */
  requestsPerSecond?: number;
  /** Per request, headers and body together (default 15 s). */
  timeoutMs?: number;
  /** How many times a request is tried again after a 429, a 5xx, a timeout or a cut-off download (default 4). */
  retries?: number;
  /** The first wait before trying again; it doubles each time (default 1 s), up to maxBackoffMs (default 60 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Longest Retry-After honoured; a server asking for more makes the run stop (default 10 minutes). */
  maxRetryAfterMs?: number;
  cache?: ResponseCache | null;
  /** Stops the run between requests and cancels the request in flight (Ctrl-C). */
  signal?: AbortSignal;
  /** Told about each wait before a retry, for the command's log and for tests. */
  onRetry?: (event: RetryEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  fetch?: typeof fetch;
};

export type RetryEvent = { url: string; attempt: number; reason: string; waitMs: number };

export type GetOptions<T> = {
  /** Checks the text and turns it into a value; it throws (an ImportError naming the URL) when the text is wrong. */
  parse: (text: string, url: string) => T;
  /** The cache key (default the URL); false never reads or writes the cache. */
  cacheKey?: string | false;
  /** How old a cached response may be (null: any age; default null). */
  maxAgeMs?: number | null;
};

export type Fetched<T> = { value: T; url: string; hash: string; fromCache: boolean };

/** The API cannot be reached at all: one line naming the host, and what to do instead. */
export class OfflineError extends ImportError {
  constructor(host: string, reason: string) {
    super(host, null, `cannot be reached (${reason}). Are you offline? To load saved responses without the network, use --file FILE.json or --dir FOLDER.`);
    this.name = 'OfflineError';
  }
}

/** The run was stopped (Ctrl-C). */
export class InterruptedError extends ImportError {
  constructor() {
    super('import', null, 'interrupted. Run the same command again to continue: responses fetched so far are kept in the cache.');
    this.name = 'InterruptedError';
  }
}

const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const USER_AGENT = 'ayes-and-noes importer (rate-limited, cached)';

/**
 * GETs JSON from one official API, politely: requests are spaced (default 4 a second), each has a
 * timeout, and a 429 (honouring Retry-After), a 5xx, a timeout or a download cut short is tried again
 * after an exponentially growing wait. Responses that pass `parse` are kept in the cache, so a re-run
 * does not fetch them again; a response that fails it is never kept.
 */
export class ApiClient {
  readonly baseUrl: string;
  /** Requests sent over the network (not answered from the cache). */
  requests = 0;
  /** Answers taken from the cache instead. */
  cacheHits = 0;
  private nextRequestAt = 0;
  private readonly options: Required<Omit<ApiClientOptions, 'cache' | 'signal' | 'onRetry'>> & Pick<ApiClientOptions, 'cache' | 'signal' | 'onRetry'>;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.options = {
      requestsPerSecond: 4,
      timeoutMs: 15_000,
      retries: 4,
      backoffMs: 1_000,
      maxBackoffMs: 60_000,
      maxRetryAfterMs: 600_000,
      sleep: abortableSleep,
      fetch: globalThis.fetch.bind(globalThis),
      ...options,
    };
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  url(pathAndQuery: string): string {
    return `${this.baseUrl}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
  }

  async get<T>(pathAndQuery: string, options: GetOptions<T>): Promise<Fetched<T>> {
    const url = this.url(pathAndQuery);
    const key = options.cacheKey === false ? null : (options.cacheKey ?? url);
    const cache = this.options.cache;
    if (cache && key !== null) {
      const cached = cache.get(key, options.maxAgeMs ?? null);
      if (cached) {
        try {
          const value = options.parse(cached.text, url);
          this.cacheHits += 1;
          return { value, url, hash: sha256(cached.text), fromCache: true };
        } catch {
          // A cached response that no longer passes (the checks changed): fetch it again.
        }
      }
    }
    const text = await this.fetchText(url);
    const value = options.parse(text, url);
    if (cache && key !== null) cache.put(key, url, text);
    return { value, url, hash: sha256(text), fromCache: false };
  }

  private async fetchText(url: string): Promise<string> {
    const { retries } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      this.throwIfAborted();
      await this.waitForTurn();
      const outcome = await this.attempt(url);
      if (outcome.ok) return outcome.text;
      if (attempt > retries) {
        throw new ImportError(url, null, `${outcome.reason}; gave up after ${attempt} attempts`);
      }
      const backoff = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
      let waitMs = backoff;
      if (outcome.retryAfterMs !== undefined) {
        if (outcome.retryAfterMs > this.options.maxRetryAfterMs) {
          throw new ImportError(url, null, `${outcome.reason}; the server asks to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s, try again later`);
        }
        waitMs = outcome.retryAfterMs;
      }
      this.options.onRetry?.({ url, attempt, reason: outcome.reason, waitMs });
      await this.options.sleep(waitMs, this.options.signal);
    }
  }

  private async attempt(url: string): Promise<{ ok: true; text: string } | { ok: false; reason: string; retryAfterMs?: number }> {
    this.requests += 1;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
    try {
      const response = await this.options.fetch(url, { signal, headers: { accept: 'application/json', 'user-agent': USER_AGENT } });
      if (response.status === 429) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, reason: 'HTTP 429 Too Many Requests', retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()) };
      }
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        const what = response.status === 404 ? 'not found (HTTP 404)' : `HTTP ${response.status} ${response.statusText}`.trim();
        throw new ImportError(url, null, what);
      }
      return { ok: true, text: await response.text() };
    } catch (error) {
      if (error instanceof ImportError) throw error;
      this.throwIfAborted();
      if (timeout.aborted) return { ok: false, reason: `no answer within ${this.options.timeoutMs / 1000} s (timeout)` };
      const code = errorCode(error);
      if (code && OFFLINE_CODES.has(code)) throw new OfflineError(new URL(url).host, describeCode(code));
      // A connection reset or a body cut off before its end: a truncated download, worth another try.
      return { ok: false, reason: `the download failed (${code ?? (error instanceof Error ? error.message : String(error))})` };
    }
  }

  private async waitForTurn(): Promise<void> {
    const interval = 1000 / Math.max(0.01, this.options.requestsPerSecond);
    const now = Date.now();
    const wait = this.nextRequestAt - now;
    this.nextRequestAt = Math.max(now, this.nextRequestAt) + interval;
    if (wait > 0) await this.options.sleep(wait, this.options.signal);
  }

  private throwIfAborted(): void {
    if (this.options.signal?.aborted) throw new InterruptedError();
  }
}

/** Retry-After is either seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const errors = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const inner = errorCode(errors[0]);
      if (inner) return inner;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeCode(code: string): string {
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the name does not resolve';
  return `network unreachable, ${code}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
