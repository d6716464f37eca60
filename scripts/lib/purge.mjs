// @ts-check
// Telling a shared cache in front of the site (Varnish: deploy/varnish/default.vcl) that the data changed, so that it
// drops what it keeps and the next request through it is made afresh.
//
// Two ways a change is noticed: a watcher polls the data version (scripts/lib/data-version.mjs: every commit to a
// public table moves it, whichever process made it: an editor, the importer, a restore), and the server waits for a
// ban before answering an editor's form that moved it (scripts/lib/server.mjs, `onDataChange`), so that the editor
// never meets the old page.
// The whole site is banned: every page may show any row, and a ban is cheap.
//
// Plain Node, no dependencies.
import { DATA_VERSION_SQL } from './data-version.mjs';

/**
 * Sends BAN requests to `url` (PURGE_URL, e.g. http://127.0.0.1:6081/). `ban()` resolves true once the cache has
 * answered, false when it could not be told (said once on stderr until it can be again); it never rejects, and never
 * takes longer than `timeoutMs`.
 * @param {{ url: string; timeoutMs?: number; log?: (message: string) => void }} options
 */
export function createBanner(options) {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const log = options.log ?? ((message) => console.error(message));
  let failing = false;
  return {
    url: options.url,
    /** @returns {Promise<boolean>} */
    async ban() {
      try {
        const response = await fetch(options.url, { method: 'BAN', signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`it answered ${response.status} ${response.statusText}`);
        if (failing) log(`The shared cache at ${options.url} takes bans again.`);
        failing = false;
        return true;
      } catch (error) {
        if (!failing) log(`Could not ban the shared cache at ${options.url}: ${error instanceof Error ? error.message : error}`);
        failing = true;
        return false;
      }
    },
  };
}

/**
 * Calls `onChange` whenever `readVersion()` gives another value than the last time, checking every `intervalMs`; one
 * call at a time (a change seen during a call is acted on after it). Returns a stop function.
 * @param {{ readVersion: () => unknown; onChange: () => Promise<unknown>; intervalMs?: number }} options
 */
export function watchDataVersion(options) {
  let last = options.readVersion();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    const now = options.readVersion();
    if (now === last) return;
    last = now;
    busy = true;
    options
      .onChange()
      .catch((error) => console.error(error))
      .finally(() => (busy = false));
  }, options.intervalMs ?? 100);
  timer.unref?.();
  return () => clearInterval(timer);
}

/**
 * A reader of the data version (scripts/lib/data-version.mjs) on a connection of its own (prepared once: it is read ten times a second), opened
 * when first needed and again after an error. Gives null while the database cannot be read.
 * @param {{ open: () => import('better-sqlite3').Database; log?: (message: string) => void }} options
 */
export function dataVersionReader(options) {
  /** @type {import('better-sqlite3').Database | null} */
  let db = null;
  /** @type {import('better-sqlite3').Statement | null} */
  let statement = null;
  let failing = false;
  return {
    read() {
      try {
        if (!db || !statement) {
          db = options.open();
          statement = db.prepare(DATA_VERSION_SQL).pluck();
        }
        const version = statement.get();
        failing = false;
        return version;
      } catch (error) {
        if (!failing) (options.log ?? console.error)(`Cannot read the data version: ${error instanceof Error ? error.message : error}`);
        failing = true;
        db?.close();
        db = null;
        statement = null;
        return null;
      }
    },
    close() {
      db?.close();
      db = null;
      statement = null;
    },
  };
}
