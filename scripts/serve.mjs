// @ts-check
// The production server: Next.js behind the request handling of scripts/lib/server.mjs (clean addresses, limits on
// public renders, security headers, compression) and the public pages' response cache (scripts/lib/page-cache.mjs).
// `npm start` runs it after preparing the database and the build. It reads from the environment (.env files
// included, as `next start` would): HOST, PORT, DATABASE_PATH, PAGE_CACHE_MB, and the limits RENDER_CONCURRENCY,
// RENDER_QUEUE, RENDER_RATE, RENDER_BURST and TRUSTED_PROXIES (README: Security), and PURGE_URL and PURGE_WATCH
// (docs/deploying.md: a shared cache in front, told when the data changes).
//
// Plain Node: Next.js and better-sqlite3 are loaded from node_modules.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib/process.mjs';
import { loadEnvFiles } from './lib/prepare.mjs';
import { PageCache } from './lib/page-cache.mjs';
import { ClientRateLimiter, RenderGate } from './lib/limits.mjs';
import { createBanner, dataVersionReader, watchDataVersion } from './lib/purge.mjs';
import { createRequestHandler } from './lib/server.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
loadEnvFiles();
// The same default as lib/config.ts.
const databasePath = path.resolve(process.env.DATABASE_PATH || 'var/ayes-and-noes.sqlite');
const hostname = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const cacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);

/** A whole number from the environment, or the default when unset or not a number. @param {string} name @param {number} fallback */
function setting(name, fallback) {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
// Renders at once. A render is work on this one thread (the database is read synchronously), so a second at once
// makes no more pages a second; it only adds its work to what each editor's request waits behind (the abuse run:
// editor saves p95 0.74 s with one, 1.2-1.3 s with two, for the same 12 renders a second).
const concurrency = setting('RENDER_CONCURRENCY', 1);
// Renders that may wait for a place (about a second's work); beyond them the answer is 503 with Retry-After.
const queue = setting('RENDER_QUEUE', 16);
// Renders one client may ask for: RENDER_RATE a second, in bursts of RENDER_BURST (0 turns the limit off).
const rate = setting('RENDER_RATE', 10);
const burst = setting('RENDER_BURST', 40);
// Addresses of proxies in front (Varnish, a load balancer) whose X-Forwarded-For names the client.
const trustedProxies = new Set(
  (process.env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean),
);

// The data version (scripts/lib/data-version.mjs), read on a connection of the server's own: by the page cache on
// every cacheable request, for the ETags, and by the watcher that bans a shared cache in front.
const versionReader = dataVersionReader({
  open: () => new (require('better-sqlite3'))(databasePath, { readonly: true, fileMustExist: true }),
  log: (message) => console.error(`${message}: the page cache keeps nothing until it can be read again.`),
});

/**
 * The data version, or, while it cannot be read, a new, unequal value each time: then nothing is kept and every
 * request is made afresh (and the page says what is wrong with the database), until it can be read again.
 */
function readDataVersion() {
  return versionReader.read() ?? Symbol('unreadable');
}

const cache = cacheMegabytes > 0 ? new PageCache({ readVersion: readDataVersion, maxBytes: cacheMegabytes * 1024 * 1024 }) : null;

// A shared cache in front (Varnish: `npm run serve:cluster`) is told when the data changes: at once after an editor's
// save, and by a watcher for every other commit, unless PURGE_WATCH=0 (serve-cluster runs one watcher for all).
const banner = process.env.PURGE_URL ? createBanner({ url: process.env.PURGE_URL }) : null;
const stopWatching =
  banner && process.env.PURGE_WATCH !== '0' ? watchDataVersion({ readVersion: versionReader.read, onChange: banner.ban }) : null;

const next = require('next');
const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// ETags every process of this build shares: the build's id and the site's address, with the data version and the
// answer's address (scripts/lib/http-cache.mjs).
const buildId = fs.readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
const etagSeed = `${buildId}\n${process.env.SITE_URL ?? ''}`;

const handleRequest = createRequestHandler({
  handle,
  cache,
  gate: new RenderGate({ concurrency, queue }),
  limiter: new ClientRateLimiter({ rate, burst }),
  trustedProxies,
  dataVersion: readDataVersion,
  etagSeed,
  // Unset: each request's Host is the site's address, and part of every cache key (scripts/lib/origin.mjs).
  siteUrl: process.env.SITE_URL ? process.env.SITE_URL.replace(/\/+$/, '') : undefined,
  onDataChange: banner ? banner.ban : undefined,
});

const server = http.createServer((req, res) => {
  handleRequest(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
    res.end('Internal server error');
  });
});
// A request's headers must arrive within 10 s and the whole request within 30 s: slow senders cannot hold sockets.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

server.listen(port, hostname, () => {
  console.log(
    `Listening on http://${hostname}:${port} (page cache ${cache ? `${cacheMegabytes} MB` : 'off'}; ` +
      `${concurrency} ${concurrency === 1 ? 'render' : 'renders'} at once, ${queue} waiting; ${rate > 0 ? `${rate} a second per client` : 'no client limit'}` +
      `${banner ? `; changes banned at ${banner.url}${stopWatching ? '' : ' after forms'}` : ''})`,
  );
});

function stop() {
  stopWatching?.();
  server.close(() => {
    versionReader.close();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open: end them.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
