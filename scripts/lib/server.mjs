// @ts-check
// The production server's handling of every request, in front of Next.js (scripts/serve.mjs builds it; tests build it
// around a stand-in for Next.js). In order:
//   1. methods other than GET, HEAD and POST get 405 (OPTIONS: 204 with Allow); an address that is not a path, or
//      does not decode, gets 400;
//   2. the client's address is put in `x-ayes-client-ip` for the app (sign-in counts attempts by it), and the site's
//      address (SITE_URL, or the request's Host: scripts/lib/origin.mjs) in `x-ayes-origin`;
//   3. editors' requests (the admin area and sign-in, their forms included) and the framework's files go straight to
//      Next.js: they never wait behind the public pages;
//   4. a public route's parameters are put in their clean form (scripts/lib/route-params.mjs): a page or download
//      asked for with others is redirected to its clean address, the API answers 400 for ones it does not know;
//   5. a public answer gets an ETag, and a client whose copy is still current gets 304 at once, whether or not the
//      cache holds the page (scripts/lib/http-cache.mjs);
//   6. a page the cache holds is sent at once; otherwise the render counts against the client's rate (429 past it)
//      and waits for a place (503 when the queue is full), so the server never takes more than it can finish; a page
//      refused so that the cache held before the last change is sent as it was. The client router's prefetches run
//      only on spare capacity, and no new render starts while an editor's request runs.
// Every answer leaves through scripts/lib/respond.mjs (security headers, the page policy, compression) with the
// Cache-Control of its kind: public answers may be kept by shared caches, everything else is private. An editor's form
// that changed the data waits, when shared caches are to be told (`onDataChange`), until they have been.
//
// Plain Node, no dependencies.
import { clientBucket } from './client-bucket.mjs';
import { decideCachingOnHead, etagFor, FRAMEWORK, hasSessionCookie, holdEndUntil, ifNoneMatchHas, PUBLIC_CACHE_CONTROL, PUBLIC_VARY } from './http-cache.mjs';
import { ClientRateLimiter } from './limits.mjs';
import { sendBadPath } from './bad-request.mjs';
import { cacheKeyFor } from './page-cache.mjs';
import { ORIGIN_HEADER, requestOrigin } from './origin.mjs';
import { chooseEncoding, finishOnEnd, sendNotModified, sendPlain } from './respond.mjs';
import { canonicalQuery, FRAMEWORK_PARAM, routeFor } from './route-params.mjs';

const METHODS = new Set(['GET', 'HEAD', 'POST']);
/** Control characters, spaces and backslashes have no place in a path this site makes. */
const BAD_PATH_CHARACTERS = /[\u0000-\u0020\u007f\\]/;
const EDITOR_PATHS = /^\/(admin|login)(\/|$)/;
/**
 * The framework's files, the icons and web app manifest (app/manifest.ts, public/icons/) and the liveness check:
 * cheap, and the check must answer however busy the pages are.
 */
const FRAMEWORK_PATHS = /^\/(_next\/|favicon\.ico$|icon\.svg|apple-icon|icons\/|manifest\.webmanifest$|api\/ping$)/;

/**
 * @typedef {{
 *   handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>;
 *   cache: import('./page-cache.mjs').PageCache | null;
 *   gate: import('./limits.mjs').RenderGate;
 *   limiter: import('./limits.mjs').ClientRateLimiter;
 *   trustedProxies?: ReadonlySet<string>;
 *   retryAfterSeconds?: number;
 *   editorPriority?: import('./limits.mjs').ClientRateLimiter;
 *   dataVersion?: () => unknown;
 *   onDataChange?: () => Promise<unknown>;
 *   etagSeed?: string;
 *   siteUrl?: string;
 * }} ServerParts
 *   dataVersion: the public data's version (scripts/lib/data-version.mjs, on a connection of the server's own); by
 *     default the cache's. Without either, public answers get no ETag and shared caches are told not to keep them.
 *   onDataChange: tells the shared caches that the data changed (scripts/lib/purge.mjs); a form's answer waits for it.
 *   etagSeed: what answers depend on besides the data and the address (the build, the site's address), for ETags
 *     that every process of one build shares; a random one per process without it.
 *   siteUrl: SITE_URL, when set. Without it the site's address is each request's Host (scripts/lib/origin.mjs), and
 *     that address is part of every answer's cache key and ETag, so that a page made for one host reaches no other.
 */

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy (Varnish, a load balancer), the
 * address it says it forwarded for (the last one in X-Forwarded-For, which it appended itself).
 * @param {import('node:http').IncomingMessage} req
 * @param {ReadonlySet<string>} trustedProxies
 */
export function clientAddress(req, trustedProxies) {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustedProxies.has(peer)) return peer;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? peer;
}

/**
 * The path and query of a request URL, or null when it is not a plain path (a full URL, "//host", a backslash,
 * control characters, or percent-escapes that do not decode).
 * @param {string | undefined} url
 */
export function parseRequestPath(url) {
  if (!url || !url.startsWith('/')) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (BAD_PATH_CHARACTERS.test(path)) return null;
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  const parsed = new URL(`http://localhost${url}`);
  if (parsed.host !== 'localhost') return null;
  return { path, search: parsed.searchParams, raw: url };
}

/** A prefetch by Next.js's client router. @param {import('node:http').IncomingMessage} req */
function isPrefetch(req) {
  return req.headers.rsc === '1' && req.headers['next-router-prefetch'] !== undefined;
}

/** @param {URLSearchParams} a @param {URLSearchParams} b */
function sameParams(a, b) {
  const left = [...a].filter(([name]) => name !== FRAMEWORK_PARAM);
  const right = [...b];
  return left.length === right.length && left.every(([k, v], i) => right[i]?.[0] === k && right[i]?.[1] === v);
}

/** @param {ServerParts} parts */
export function createRequestHandler(parts) {
  const trusted = parts.trustedProxies ?? new Set();
  const retryAfter = String(parts.retryAfterSeconds ?? 5);
  const editorPriority = parts.editorPriority ?? new ClientRateLimiter({ rate: 2, burst: 20 });
  // Read on each request: a test may swap the cache.
  const readVersion = () => (parts.dataVersion ?? parts.cache?.readVersion)?.();

  /**
   * Renders through Next.js, finished by respond.mjs. A form whose commit moved the data version (an editor's save)
   * is answered once the shared caches have been told, so that the editor's next request cannot meet the old page.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  const render = (req, res) => {
    const onDataChange = parts.onDataChange;
    if (req.method === 'POST' && onDataChange) {
      const before = readVersion();
      holdEndUntil(res, () => (readVersion() === before ? null : onDataChange().catch((error) => console.error(error))));
    }
    finishOnEnd(res, chooseEncoding(req.headers['accept-encoding']));
    return parts.handle(req, res);
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function handleRequest(req, res) {
    // Private until the request is known to be a public route's.
    const caching = decideCachingOnHead(res);
    const method = req.method ?? 'GET';
    if (!METHODS.has(method)) {
      const allow = { allow: 'GET, HEAD, POST' };
      if (method === 'OPTIONS') return sendPlain(res, 204, allow, '');
      return sendPlain(res, 405, allow, `The method ${method.slice(0, 20)} is not allowed here.\n`);
    }
    // "//host" and "/\host" would be read as another host: Next.js redirects them to the path; nothing is cached.
    const slashes = /^\/[/\\]/.test(req.url ?? '');
    const target = slashes ? null : parseRequestPath(req.url);
    if (!target && !slashes) return sendBadPath(req, res);

    const address = clientAddress(req, trusted);
    req.headers['x-ayes-client-ip'] = address;
    // The address the app writes absolute links with; never the client's own say.
    const origin = parts.siteUrl ?? requestOrigin(req, trusted);
    if (origin) req.headers[ORIGIN_HEADER] = origin;
    else delete req.headers[ORIGIN_HEADER];
    // The limits count an IPv6 client by its /64, as sign-in does.
    const client = clientBucket(address);

    if (!target) return render(req, res);
    if (FRAMEWORK_PATHS.test(target.path)) {
      caching.policy = FRAMEWORK;
      return render(req, res);
    }
    if (EDITOR_PATHS.test(target.path)) {
      // While an editor's request runs, no new public render starts: it shares the server with at most the renders
      // already under way. Within a client's allowance, so that nobody can pause the public pages at will.
      if (!isPrefetch(req) && editorPriority.take(client) === 0) res.once('close', parts.gate.hold());
      return render(req, res);
    }

    // A POST anywhere else (no public page takes one) is never cached, but waits its turn like any render.
    const route = method === 'POST' ? null : routeFor(target.path);
    let pathAndQuery = target.raw;
    if (route) {
      const clean = canonicalQuery(route, target.search);
      if (route.api && clean.unknown.length > 0) {
        // The API's own wording (app/api/v1/_shared/http.ts), without waking it.
        const issues = clean.unknown.map((name) => ({ path: name, message: `Unknown parameter: ${name}` }));
        return sendPlain(
          res,
          400,
          { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' },
          JSON.stringify({ error: issues.map((i) => i.message).join('; '), issues }),
        );
      }
      pathAndQuery = `${target.path}${clean.query}`;
      if (!route.api && !sameParams(target.search, new URLSearchParams(clean.query))) {
        const hash = target.search.get(FRAMEWORK_PARAM);
        const join = clean.query ? '&' : '?';
        const location = hash === null ? pathAndQuery : `${pathAndQuery}${join}${FRAMEWORK_PARAM}=${encodeURIComponent(hash)}`;
        return sendPlain(res, 308, { location }, `Moved to ${location}\n`);
      }
    }

    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const routeKey = route ? cacheKeyFor(pathAndQuery, encoding, req.headers) : null;
    const answerKey = routeKey !== null && !parts.siteUrl ? `${origin ?? ''}\n${routeKey}` : routeKey;
    const version = answerKey ? readVersion() : undefined;
    // A request with a session cookie is an editor's: its answer is nobody else's to keep, whatever the page shows.
    if (route && answerKey && !hasSessionCookie(req.headers.cookie)) {
      const etag = etagFor(version, answerKey, parts.etagSeed);
      caching.policy = { kind: 'public', etag, version, readVersion };
      // The client has this very answer: nothing has been committed since it was made.
      if (etag && ifNoneMatchHas(req.headers['if-none-match'], etag)) {
        return sendNotModified(res, { etag, 'cache-control': PUBLIC_CACHE_CONTROL, vary: PUBLIC_VARY });
      }
    }
    // Conditional requests are answered here or not at all: Next.js must make the whole answer, to be kept.
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];

    // An editor's page carries their "Edit" links (components/edit-link.tsx): made for them alone, and never kept.
    const key = parts.cache && !hasSessionCookie(req.headers.cookie) ? answerKey : null;
    if (key && parts.cache) {
      const kept = parts.cache.serveKept(key, req, res, version);
      if (kept === true || (kept !== false && (await kept))) return;
    }

    const task = async () => {
      // A client that gave up while waiting has nobody to render for.
      if (res.destroyed || req.socket.destroyed) return;
      await (key && parts.cache ? parts.cache.serve(key, req, res, () => render(req, res)) : render(req, res));
    };
    // The client router fetches pages a visitor might open next: only on spare capacity, never counted against the
    // visitor's rate, and dropped when busy (the router then loads the page when it is clicked).
    if (isPrefetch(req)) {
      if (!(await parts.gate.runIfIdle(task))) sendPlain(res, 503, { 'retry-after': retryAfter }, 'Not prefetched: the site is busy.\n');
      return;
    }
    // Refused a render, a visitor still gets the page as it was before the last change, when the cache has it.
    const stale = () => Boolean(key && parts.cache?.serveStale(key, req, res));
    const wait = parts.limiter.take(client);
    if (wait > 0) {
      if (stale()) return;
      return sendPlain(res, 429, { 'retry-after': String(wait) }, 'Too many requests from your address: wait a moment and try again.\n');
    }
    if (await parts.gate.run(task)) return;
    if (stale()) return;
    sendPlain(res, 503, { 'retry-after': retryAfter }, 'The site is busy: try again in a few seconds.\n');
  };
}
