// @ts-check
// The site's public origin ("https://example.org"), for the absolute links answers carry (canonical, og:url, feeds,
// the sitemap). SITE_URL names it when set. When it is not, each request's own Host header does, so that a server
// started with PORT=3100 and no SITE_URL links to port 3100, and one reached by another name links to that name.
// X-Forwarded-Proto is believed only from a trusted proxy (TRUSTED_PROXIES, as for X-Forwarded-For): anybody else
// could make the site's links point to the wrong scheme.
//
// The origin is handed to the app in ORIGIN_HEADER (any value the client sent is replaced), and, while SITE_URL is
// unset, it is part of every public answer's cache key and ETag (scripts/lib/server.mjs), so that an answer made for
// one host is never sent to another.
//
// Plain Node, no dependencies: the server loads it before Next.js; lib/site-origin.ts reads the same header.

export const ORIGIN_HEADER = 'x-ayes-origin';

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port: what a Host header may hold. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/** An origin as this module writes it: what the app accepts in ORIGIN_HEADER. */
const ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** Whether `value` is an origin this module could have written ("http://127.0.0.1:3100"). @param {unknown} value */
export function isOrigin(value) {
  return typeof value === 'string' && value.length <= 300 && ORIGIN.test(value);
}

/** @param {string | string[] | undefined} value the first of a header's values */
function first(value) {
  return String(Array.isArray(value) ? value[0] : (value ?? ''))
    .split(',')[0]
    .trim()
    .toLowerCase();
}

/**
 * The origin a request reached the site by: its Host header, with https when the connection is TLS or a trusted
 * proxy says the client's was. Null when the Host header is missing or not a host name (the caller falls back to the
 * configured address).
 * @param {{ headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string; encrypted?: boolean } }} req
 * @param {ReadonlySet<string>} trustedProxies
 * @returns {string | null}
 */
export function requestOrigin(req, trustedProxies) {
  const host = first(req.headers.host);
  if (!host || host.length > 260 || !HOST.test(host)) return null;
  let scheme = req.socket.encrypted ? 'https' : 'http';
  if (trustedProxies.has(req.socket.remoteAddress ?? '')) {
    const forwarded = first(req.headers['x-forwarded-proto']);
    if (forwarded === 'https' || forwarded === 'http') scheme = forwarded;
  }
  return `${scheme}://${host.replace(/\.$/, '')}`;
}
