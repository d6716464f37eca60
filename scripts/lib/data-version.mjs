// @ts-check
// Which state of the public data a page, a kept view or an ETag belongs to: the counter of drizzle/0006_data_changes.sql,
// moved by every commit that changes a public table and by nothing else (sign-ins, sessions, the change history).
// The same number in every process and across restarts: the page cache (scripts/serve.mjs), the shared cache's bans
// (scripts/lib/purge.mjs), the ETags (scripts/lib/http-cache.mjs) and the app's kept views (db/data-version.ts) read it.
//
// Plain Node, no dependencies.

/** The statement that reads it (prepare once: it is read on every cacheable request). */
export const DATA_VERSION_SQL = 'SELECT version FROM data_changes WHERE id = 1';
