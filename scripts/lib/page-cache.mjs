// @ts-check
// The public pages' response cache, used by the production server (scripts/serve.mjs).
//
// Every public page and download is a function of the public data alone, so a response can be kept until that
// changes. The data version says when it has (scripts/lib/data-version.mjs: a counter that triggers move on every
// write to a public table, whichever process makes it: an editor's form, the importer, a restore; sign-ins and
// sessions leave it alone). The server reads it on every cacheable request; when it has moved, the whole cache is
// dropped. An edit therefore shows on the very next request, with no list of pages to purge and nothing to forget.
//
// Answers are kept as sent (compressed, with their headers: scripts/lib/respond.mjs), one per encoding. The answers
// dropped at the last change are kept aside for a few minutes: when the server is too busy to make a page again, a
// visitor gets the page as it was (x-cache: STALE) rather than a 503. So the cache holds at most twice its size.
//
// Plain Node, no dependencies: the server loads it before Next.js.

// A UK postcode (the shape lib/postcode/validate.ts accepts): a search for one asks an outside service,
// whose answer (or outage) must not be kept as if it were the database's.
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}$/i;

/**
 * Next.js's client router asks for a page's server-component data with these headers, and the answer varies
 * with them (its Vary header lists them), so they are part of the key. A server action is never cached.
 */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];

/**
 * Response headers that belong to one connection, not to the stored answer. Cache-Control and the ETag are decided
 * for each request as it is answered (scripts/lib/http-cache.mjs).
 */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'x-cache', 'cache-control', 'etag']);

/**
 * The cache key for a public route's request, or null when its answer must not be cached (a postcode search asks
 * an outside service). `pathAndQuery` is the route's clean address (scripts/lib/route-params.mjs), so parameters
 * the route does not read never make a key of their own; `encoding` is the one the answer is compressed in.
 * @param {string} pathAndQuery
 * @param {string} encoding
 * @param {Record<string, string | string[] | undefined>} headers the request's
 */
export function cacheKeyFor(pathAndQuery, encoding, headers) {
  if (pathAndQuery.startsWith('/mps?')) {
    const q = new URLSearchParams(pathAndQuery.slice('/mps?'.length)).get('q') ?? '';
    if (POSTCODE.test(q.trim())) return null;
  }
  const varies = ROUTER_HEADERS.map((name) => String(headers[name] ?? '').trim());
  return [pathAndQuery, encoding, ...varies].join('\n');
}

/**
 * @typedef {{ status: number; headers: Record<string, string | string[] | number>; body: Buffer }} CachedResponse
 * @typedef {{ hits: number; misses: number; stored: number; flushes: number; stale: number; entries: number; bytes: number }} CacheStats
 */

/**
 * A least-recently-used store of whole responses, bounded in bytes, dropped whenever the data version moves.
 * Concurrent misses for one key wait for the first to finish (one render, not ten, after an edit).
 */
export class PageCache {
  /** @type {Map<string, CachedResponse>} */
  #entries = new Map();
  /**
   * Answers made before the data moved, each with the time it was superseded: sent only when the server is too busy
   * to make them again. Bounded like the cache itself, least recently superseded first out.
   * @type {Map<string, { entry: CachedResponse; since: number }>}
   */
  #previous = new Map();
  #previousBytes = 0;
  /** @type {Map<string, Promise<CachedResponse | null>>} */
  #pending = new Map();
  #bytes = 0;
  /** @type {unknown} */
  #version = undefined;
  #stats = { hits: 0, misses: 0, stored: 0, flushes: 0, stale: 0 };

  /**
   * @param {{ readVersion: () => unknown; maxBytes: number; maxEntryBytes?: number; maxStaleMs?: number }} options
   *   readVersion: the database's data version (cheap: called on every cacheable request).
   *   maxStaleMs: how long after the data moved its earlier answers may still be sent to a busy server's visitors.
   */
  constructor(options) {
    this.readVersion = options.readVersion;
    this.maxStaleMs = options.maxStaleMs ?? 5 * 60 * 1000;
    this.maxBytes = options.maxBytes;
    this.maxEntryBytes = options.maxEntryBytes ?? Math.min(8 * 1024 * 1024, options.maxBytes);
  }

  /** @returns {CacheStats} */
  get stats() {
    return { ...this.#stats, entries: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * Checks the data version, dropping everything if it moved; returns the version now current.
   * @param {unknown} [version] the version, when the caller has just read it
   */
  #currentVersion(version = this.readVersion()) {
    if (version !== this.#version) {
      if (this.#entries.size > 0) {
        this.#stats.flushes += 1;
        this.#keepAside(this.#entries);
      }
      this.#entries = new Map();
      this.#bytes = 0;
      this.#version = version;
    }
    return version;
  }

  /**
   * Answers from what is kept, when that needs no render of its own: a kept answer of the current data (sent now:
   * true), or one being made now (a promise, true once it is sent). False otherwise, having sent nothing.
   * @param {string} key
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {unknown} [version] the data version, when the caller has just read it (it is read on every request)
   * @returns {boolean | Promise<boolean>}
   */
  serveKept(key, req, res, version) {
    this.#currentVersion(version);
    const hit = this.#entries.get(key);
    if (hit) {
      this.#touch(key, hit);
      this.#stats.hits += 1;
      sendStored(req, res, hit);
      return true;
    }
    const pending = this.#pending.get(key);
    if (!pending) return false;
    return pending.then((shared) => {
      if (!shared) return false;
      this.#stats.hits += 1;
      sendStored(req, res, shared);
      return true;
    });
  }

  /**
   * Sends the answer kept for `key` before the data last moved, marked `x-cache: STALE`: for a server too busy to make
   * it again (the alternative is a 503). Returns false when there is none.
   * @param {string} key
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  serveStale(key, req, res) {
    this.#currentVersion();
    const kept = this.#previous.get(key);
    if (!kept || Date.now() - kept.since > this.maxStaleMs) return false;
    this.#stats.stale += 1;
    sendStored(req, res, kept.entry, 'STALE');
    return true;
  }

  /** @param {Map<string, CachedResponse>} superseded */
  #keepAside(superseded) {
    const now = Date.now();
    for (const [key, entry] of superseded) {
      this.#dropPrevious(key);
      this.#previous.set(key, { entry, since: now });
      this.#previousBytes += entry.body.length + key.length;
    }
    for (const [key, kept] of this.#previous) {
      if (this.#previousBytes <= this.maxBytes && now - kept.since <= this.maxStaleMs) break;
      this.#dropPrevious(key);
    }
  }

  /** @param {string} key */
  #dropPrevious(key) {
    const kept = this.#previous.get(key);
    if (!kept) return;
    this.#previous.delete(key);
    this.#previousBytes -= kept.entry.body.length + key.length;
  }

  /**
   * Answers a request from the cache, or through `render` (which writes the response) while recording it.
   * @param {string} key from cacheKeyFor
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => Promise<unknown>} render writes the full response to `res`
   */
  async serve(key, req, res, render) {
    const version = this.#currentVersion();
    const hit = this.#entries.get(key);
    if (hit) {
      this.#touch(key, hit);
      this.#stats.hits += 1;
      return sendStored(req, res, hit);
    }
    const pending = this.#pending.get(key);
    if (pending) {
      const shared = await pending;
      if (shared) {
        this.#stats.hits += 1;
        return sendStored(req, res, shared);
      }
    }
    this.#stats.misses += 1;
    if (req.method === 'HEAD' || pending) {
      res.setHeader('x-cache', 'MISS');
      await render();
      return;
    }
    /** @type {(value: CachedResponse | null) => void} */
    let settle = () => {};
    this.#pending.set(key, new Promise((resolve) => (settle = resolve)));
    /** @type {CachedResponse | null} */
    let stored = null;
    try {
      const recorded = record(res, this.maxEntryBytes);
      res.setHeader('x-cache', 'MISS');
      await render();
      const response = await recorded;
      // Kept only if nothing was committed while it was made: otherwise it may mix the old data and the new.
      if (response && this.readVersion() === version && this.#version === version) {
        this.#store(key, response);
        stored = response;
      }
    } finally {
      this.#pending.delete(key);
      settle(stored);
    }
  }

  /** @param {string} key @param {CachedResponse} response */
  #store(key, response) {
    const size = response.body.length + key.length;
    if (size > this.maxEntryBytes) return;
    this.#entries.set(key, response);
    this.#dropPrevious(key); // made afresh: the earlier answer is no longer needed
    this.#bytes += size;
    this.#stats.stored += 1;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.body.length + oldest.length;
    }
  }

  /** @param {string} key @param {CachedResponse} entry */
  #touch(key, entry) {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {CachedResponse} entry
 * @param {'HIT' | 'STALE'} [state]
 */
function sendStored(req, res, entry, state = 'HIT') {
  res.writeHead(entry.status, { ...entry.headers, 'x-cache': state });
  res.end(req.method === 'HEAD' ? undefined : entry.body);
}

/**
 * Watches what is written to `res` and resolves, when it ends, with a copy fit to store: a complete 200
 * that sets no cookie and is not too big. Otherwise null. The client still gets every byte as it is written.
 * @param {import('node:http').ServerResponse} res
 * @param {number} maxBytes
 * @returns {Promise<CachedResponse | null>}
 */
function record(res, maxBytes) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let tooBig = false;
  /** @type {Record<string, string | string[] | number>} */
  const headArgs = {};
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8');
    size += buffer.length;
    if (size > maxBytes) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(Buffer.from(buffer)); // a copy: the writer may reuse its buffer
  };

  const { write, end, writeHead } = res;
  return new Promise((resolve) => {
    /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
      const headers = args.find((a, i) => i > 0 && a && typeof a === 'object');
      if (headers && !Array.isArray(headers)) Object.assign(headArgs, headers);
      return writeHead.apply(this, /** @type {any} */ (args));
    };
    /** @type {any} */ (res).write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
      keep(chunk, rest[0]);
      return write.call(this, chunk, .../** @type {[any]} */ (rest));
    };
    /** @type {any} */ (res).end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
      keep(chunk, rest[0]);
      const result = end.call(this, chunk, .../** @type {[any]} */ (rest));
      const headers = { ...res.getHeaders(), ...headArgs };
      const storable = !tooBig && res.statusCode === 200 && headers['set-cookie'] === undefined;
      /** @type {Record<string, string | string[] | number>} */
      const kept = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && !HOP_HEADERS.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
      }
      resolve(storable ? { status: 200, headers: kept, body: Buffer.concat(chunks) } : null);
      return result;
    };
    res.once('close', () => resolve(null)); // the client went away before the end: nothing to keep
  });
}
