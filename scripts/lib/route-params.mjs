// @ts-check
// The public routes and the query parameters each one reads: the page cache's key holds only these, in this order,
// so that parameters a route ignores never make a new render (scripts/lib/server.mjs answers them: a page or a
// download is redirected to its clean address; the JSON API, which refuses parameters it does not know, is answered
// 400 at once). tests/security/route-params.test.ts checks these lists against the pages and the API's schemas.
//
// Plain Node, no dependencies: the server loads it before Next.js.

/**
 * @typedef {{ pattern: RegExp; params: readonly string[]; lists?: readonly string[]; api?: boolean; defaults?: Readonly<Record<string, string>> }} Route
 *   params: the names the route reads, in the order the clean address writes them.
 *   lists: names that take several values (repeated or comma-separated), written repeated and sorted.
 *   api: the JSON API, which answers unknown parameters with 400 rather than a redirect.
 *   defaults: values a filter form sends that mean the same as leaving the parameter out (sort=name): dropped.
 */

const REBELS = [
  'division',
  'from',
  'to',
  'party',
  'basis',
  'vote',
  'role',
  'left',
  'stance',
  'party_stance',
  'topic',
  'nation',
  'q',
  'sort',
];
const PAGING = ['page', 'per_page'];
/** The members and rebels lists are sorted by name unless asked otherwise; their forms send sort=name. */
const SORT_BY_NAME = { sort: 'name' };
/** The division finder's filters (lib/validation/division-finder.ts), in the order its links write them. */
const FINDER = ['q', 'from', 'to', 'topic', 'result', 'rebels', 'party', 'departures'];
/**
 * The framework's own parameter on a page: the client router's cache-busting hash on its data requests (Next.js
 * checks it against the router headers, which are part of the cache key). It is passed on as sent and is neither
 * in the clean address nor unknown.
 */
export const FRAMEWORK_PARAM = '_rsc';

/** @type {readonly Route[]} */
export const PUBLIC_ROUTES = [
  { pattern: /^\/$/, params: [] },
  // Feeds, the sitemap and robots.txt (README: Feeds, sitemap and robots). Before /divisions/{id}, which would take
  // /divisions/feed.xml for a division.
  { pattern: /^\/divisions\/feed\.xml$/, params: FINDER },
  { pattern: /^\/rebels\/feed\.xml$/, params: REBELS, lists: ['division'] },
  { pattern: /^\/(mps|topics)\/[^/]+\/feed\.xml$/, params: [] },
  { pattern: /^\/(sitemap\.xml|robots\.txt)$/, params: [] },
  { pattern: /^\/sitemaps\/[^/]+$/, params: [] },
  { pattern: /^\/search$/, params: ['q'] },
  { pattern: /^\/topics$/, params: [] },
  { pattern: /^\/compare$/, params: ['mps', 'topic', 'page'], lists: ['mps'] },
  { pattern: /^\/parties$/, params: [] },
  { pattern: /^\/parties\/[^/]+$/, params: [] },
  { pattern: /^\/topics\/[^/]+$/, params: ['party', 'page', 'said'] },
  { pattern: /^\/mps$/, params: ['q', 'party', 'page'] },
  { pattern: /^\/mps\/export\.(csv|json)$/, params: ['q', 'party'] },
  { pattern: /^\/mps\/[^/]+$/, params: ['page', 'said', 'rebellions'] },
  { pattern: /^\/divisions$/, params: [...FINDER, 'page'] },
  { pattern: /^\/divisions\.(csv|json)$/, params: FINDER },
  { pattern: /^\/divisions\/[^/]+$/, params: ['party', 'vote', 'sort', 'page'], defaults: SORT_BY_NAME },
  { pattern: /^\/divisions\/[^/]+\/votes\.(csv|json)$/, params: ['party', 'vote', 'sort'], defaults: SORT_BY_NAME },
  { pattern: /^\/rebels$/, params: [...REBELS, 'page'], lists: ['division'], defaults: SORT_BY_NAME },
  { pattern: /^\/rebels\.(csv|json)$/, params: REBELS, lists: ['division'], defaults: SORT_BY_NAME },
  // Share cards (og:image) and embeds: one answer per division or MP, whatever the page's filters.
  { pattern: /^\/(divisions|mps)\/[^/]+\/card\.png$/, params: [] },
  { pattern: /^\/embed\/(divisions|mps)\/[^/]+$/, params: [] },
  { pattern: /^\/report$/, params: ['page'] },
  { pattern: /^\/api$/, params: [] },
  { pattern: /^\/api\/v1\/divisions$/, params: [...PAGING, 'from', 'to'], api: true },
  { pattern: /^\/api\/v1\/divisions\/[^/]+$/, params: [], api: true },
  { pattern: /^\/api\/v1\/divisions\/[^/]+\/votes$/, params: [...PAGING, 'position', 'party', 'verdict'], api: true },
  { pattern: /^\/api\/v1\/mps$/, params: [...PAGING, 'q', 'party'], api: true },
  { pattern: /^\/api\/v1\/mps\/[^/]+$/, params: [], api: true },
  { pattern: /^\/api\/v1\/rebels$/, params: [...REBELS, ...PAGING], lists: ['division'], api: true },
  { pattern: /^\/api\/v1\/topics$/, params: [], api: true },
  { pattern: /^\/api\/v1\/topics\/[^/]+$/, params: [], api: true },
  { pattern: /^\/api\/v1\/parties$/, params: [], api: true },
  { pattern: /^\/api\/v1\/parties\/[^/]+$/, params: [], api: true },
  { pattern: /^\/api\/v1\/statements$/, params: [...PAGING, 'topic', 'mp', 'party'], api: true },
  { pattern: /^\/api\/v1\/(openapi|popolo)\.json$/, params: [], api: true },
  // Last, after every real one: any other address under /api, answered 404 in JSON (app/api/[...path]/route.ts).
  { pattern: /^\/api\/.+$/, params: [], api: true },
];

/** @param {string} pathname */
export function routeFor(pathname) {
  return PUBLIC_ROUTES.find((route) => route.pattern.test(pathname)) ?? null;
}

/**
 * The clean query string for a route ("" or "?a=1&b=2"): only the parameters it reads, in its order. For a page or a
 * download, empty values and the route's defaults are dropped (a filter form without JavaScript sends every field,
 * "?party=&vote=&sort=name"), and a parameter given twice keeps its first value (as the pages read it); the
 * API's parameters are kept as sent. A list parameter is split on commas, deduplicated and sorted. Also the names of
 * the parameters the route does not read.
 * @param {Route} route
 * @param {URLSearchParams} search
 * @returns {{ query: string; unknown: string[] }}
 */
export function canonicalQuery(route, search) {
  const clean = new URLSearchParams();
  for (const name of route.params) {
    const values = search.getAll(name);
    if (route.lists?.includes(name)) {
      const items = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
      const numeric = items.every((v) => /^\d+$/.test(v));
      items.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
      for (const item of items) clean.append(name, item);
      continue;
    }
    // The API judges its own parameters (a repeated or empty one is a clear 400): it sees every value as sent.
    if (route.api) for (const value of values) clean.append(name, value);
    else if (values[0] !== undefined && values[0].trim() !== '' && route.defaults?.[name] !== values[0]) clean.append(name, values[0]);
  }
  const known = (/** @type {string} */ name) => route.params.includes(name) || (!route.api && name === FRAMEWORK_PARAM);
  const unknown = [...new Set([...search.keys()].filter((name) => !known(name)))];
  const query = clean.toString();
  return { query: query ? `?${query}` : '', unknown };
}
