// @ts-check
// The production server: Next.js behind the public pages' response cache (scripts/lib/page-cache.mjs).
// `npm start` runs it after preparing the database and the build; it reads HOST, PORT, DATABASE_PATH and
// PAGE_CACHE_MB from the environment (.env files included, as `next start` would).
//
// Plain Node: Next.js and better-sqlite3 are loaded from node_modules.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib/process.mjs';
import { loadEnvFiles } from './lib/prepare.mjs';
import { PageCache, cacheKeyFor } from './lib/page-cache.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
loadEnvFiles();
// The same default as lib/config.ts.
const databasePath = path.resolve(process.env.DATABASE_PATH || 'var/ayes-and-noes.sqlite');
const hostname = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const cacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);

/** @type {import('better-sqlite3').Database | undefined} */
let versionConnection;
let versionUnreadable = false;

/**
 * The database's data version, read on a connection of its own (PRAGMA data_version only moves for commits
 * made by other connections, which is every writer: the app's own connection, the importer, a restore).
 */
function readDataVersion() {
  try {
    if (!versionConnection) {
      const Database = require('better-sqlite3');
      versionConnection = /** @type {import('better-sqlite3').Database} */ (new Database(databasePath, { fileMustExist: true }));
    }
    return versionConnection.pragma('data_version', { simple: true });
  } catch (error) {
    // Without a version nothing can be kept safely: a new, unequal value each time means every request is made
    // afresh (and the page says what is wrong with the database), until the database can be read again.
    if (!versionUnreadable) console.error(`The page cache cannot read ${databasePath}, so it keeps nothing:`, error);
    versionUnreadable = true;
    versionConnection = undefined;
    return Symbol('unreadable');
  }
}

const cache = cacheMegabytes > 0 ? new PageCache({ readVersion: readDataVersion, maxBytes: cacheMegabytes * 1024 * 1024 }) : null;

const next = require('next');
const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const key = cache ? cacheKeyFor(req) : null;
  const answer = key && cache ? cache.serve(key, req, res, () => handle(req, res)) : handle(req, res);
  answer.catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Internal server error');
  });
});

server.listen(port, hostname, () => {
  console.log(`Listening on http://${hostname}:${port} (page cache ${cache ? `${cacheMegabytes} MB` : 'off'})`);
});

function stop() {
  server.close(() => {
    versionConnection?.close();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open: end them.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
