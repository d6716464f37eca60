// @ts-check
// What the production server tells browsers and shared caches (a CDN, or Varnish: deploy/varnish/default.vcl) about
// keeping each answer, and the ETags that let them ask again for nothing (scripts/lib/server.mjs applies them).
//
// A public answer (a page, a download, the API) is a function of the database alone, so it is the same for every
// visitor until the data changes. Browsers are told to ask again every time (max-age=0), cheaply with If-None-Match;
// shared caches may keep it for SHARED_MAX_AGE seconds, because the server tells them when the data changes
// (scripts/lib/purge.mjs). Everything else (editors, sign-in, anything sent with a session cookie, forms, refusals,
// errors) is private and never stored.
//
// An ETag names one answer: the build and site address that made it (the server's `etagSeed`), the data version
// (scripts/lib/data-version.mjs: the same in every process and across restarts, and it only grows) and the answer's
// cache key (the clean address, the encoding, the client router's headers). Every process of one build gives the same
// ETag for the same answer, so a client or a shared cache can revalidate against any of them; a new build, another
// site address or any change to the public data gives another, so a 304 is never wrong. Without a seed (tests,
// stand-ins) a random one is drawn when the process starts.
//
// Plain Node, no dependencies.
import { createHash, randomBytes } from 'node:crypto';

/**
 * How long a shared cache may keep a public answer. Long enough that a busy page is made about once per change and
 * per cache; short enough that a cache the server cannot tell (a CDN without purging) is at most 5 minutes behind.
 */
export const SHARED_MAX_AGE = 300;
/** How long after that a shared cache may still send the answer while it asks the server again in the background. */
export const STALE_WHILE_REVALIDATE = 60;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
/**
 * A public answer that may already be out of date: the page as it was before the last change (x-cache: STALE), one
 * made while a commit landed, or one made while the data version could not be read. Nobody keeps it.
 */
export const SUPERSEDED_CACHE_CONTROL = 'public, max-age=0, s-maxage=0';

/**
 * The Vary of every public answer: Next.js lists the client router's headers on each (pages, downloads and the API
 * alike), and the server adds the encoding. A 304 repeats it, so it is one list, whatever Next.js left out.
 */
export const PUBLIC_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

const BOOT_ID = randomBytes(12).toString('base64url');

/** better-auth's session cookie, plain or with the prefix it takes on https. */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?better-auth\.session_token=/;

/** @param {string | string[] | undefined} cookie the request's Cookie header */
export function hasSessionCookie(cookie) {
  return cookie !== undefined && SESSION_COOKIE.test(Array.isArray(cookie) ? cookie.join('; ') : cookie);
}

/**
 * The ETag of a public answer, or null when the data version is not known (then nothing may be promised about it).
 * @param {unknown} version the data version read before the answer was made
 * @param {string} key the answer's cache key (scripts/lib/page-cache.mjs: clean address, encoding, router headers)
 * @param {string} [seed] what else the answer depends on: the build and the site's address
 */
export function etagFor(version, key, seed = BOOT_ID) {
  if (typeof version !== 'number' && typeof version !== 'bigint') return null;
  const hash = createHash('sha256').update(`${seed}\n${version}\n${key}`).digest('base64url').slice(0, 22);
  return `"v1-${hash}"`;
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for If-None-Match).
 * @param {string | string[] | undefined} header
 * @param {string} etag
 */
export function ifNoneMatchHas(header, etag) {
  if (!header) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',');
  return tags.some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * @typedef {{ kind: 'private' } | { kind: 'framework' } | {
 *   kind: 'public';
 *   etag: string | null;
 *   version: unknown;
 *   readVersion: (() => unknown) | undefined;
 * }} CachingPolicy
 *   private: never stored (the default until the server knows better). framework: the headers Next.js chose (its
 *   files, the liveness check). public: a public route's answer, with the data version it was made from.
 */

/** @type {CachingPolicy} */
export const PRIVATE = { kind: 'private' };
/** @type {CachingPolicy} */
export const FRAMEWORK = { kind: 'framework' };

/**
 * Sets Cache-Control, ETag and Vary on `res` as its head is written, by the policy the server holds for it by then
 * (`state.policy`, private until changed). Headers given to writeHead are applied first, so that these win over what
 * Next.js or a kept answer carried.
 * @param {import('node:http').ServerResponse} res
 * @returns {{ policy: CachingPolicy }}
 */
export function decideCachingOnHead(res) {
  /** @type {{ policy: CachingPolicy }} */
  const state = { policy: PRIVATE };
  const { writeHead } = res;
  /** @type {any} */ (res).writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
    const headers = rest.find((a) => a && typeof a === 'object');
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    setCachingHeaders(res, status, state.policy);
    const message = rest.find((a) => typeof a === 'string');
    return message === undefined ? writeHead.call(this, status) : /** @type {any} */ (writeHead).call(this, status, message);
  };
  return state;
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {CachingPolicy} policy */
function setCachingHeaders(res, status, policy) {
  if (policy.kind === 'framework') return;
  const shareable = policy.kind === 'public' && (status === 200 || status === 304) && !res.hasHeader('set-cookie');
  if (!shareable) {
    res.setHeader('cache-control', PRIVATE_CACHE_CONTROL);
    res.removeHeader('etag');
    return;
  }
  setPublicVary(res);
  // A kept answer was made from the version the cache holds now; anything made since the version was read may mix
  // the old data and the new, and a cache told about the change before it arrived would keep it.
  const current =
    policy.etag !== null &&
    res.getHeader('x-cache') !== 'STALE' &&
    (res.getHeader('x-cache') === 'HIT' || status === 304 || policy.readVersion?.() === policy.version);
  if (current && policy.etag) {
    res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
    res.setHeader('etag', policy.etag);
  } else {
    res.setHeader('cache-control', SUPERSEDED_CACHE_CONTROL);
    res.removeHeader('etag');
  }
}

/**
 * Vary: the public list first, in its order (a 304 repeats it as is), then anything else the answer named.
 * @param {import('node:http').ServerResponse} res
 */
function setPublicVary(res) {
  const listed = new Set(PUBLIC_VARY.toLowerCase().split(', '));
  const others = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && !listed.has(v.toLowerCase()));
  res.setHeader('vary', [PUBLIC_VARY, ...others].join(', '));
}

/**
 * Makes the end of `res` wait for `beforeLeaving()` when it returns a promise (the answer's bytes stay with the
 * server until then). For an editor's save: the shared caches are told of the change before the editor's browser
 * can ask for the page again.
 * @param {import('node:http').ServerResponse} res
 * @param {() => Promise<unknown> | null} beforeLeaving
 */
export function holdEndUntil(res, beforeLeaving) {
  const { end } = res;
  /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
    const waiting = beforeLeaving();
    if (!waiting) return end.apply(this, /** @type {any} */ (args));
    waiting.catch(() => {}).then(() => end.apply(res, /** @type {any} */ (args)));
    return this;
  };
}
