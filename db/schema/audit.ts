import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REVISION_ACTIONS } from './enums';

/** One change to one record: who, when, what, the values before and after, and why. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The editor's account id, once accounts exist; null for the seed and importers. */
    actorId: text('actor_id'),
    /** Human-readable actor: an editor's email, "seed" or "importer". */
    actorLabel: text('actor_label').notNull(),
    at: text('at').notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    reason: text('reason'),
    importRunId: integer('import_run_id').references(() => importRuns.id),
  },
  (t) => [index('revisions_record_idx').on(t.tableName, t.recordId, t.at), index('revisions_at_idx').on(t.at)],
);

/** `conflicts`: votes where the record differs from an editor's correction, which was kept (division imports). */
export type ImportCounts = { new: number; changed: number; unchanged: number; skipped: number; failed: number; conflicts?: number };

/** `interrupted`: the process running it ended (Ctrl-C, a crash) before it could say how it went. */
export const IMPORT_RUN_STATUSES = ['running', 'succeeded', 'failed', 'interrupted'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/** One run of an importer or the seed: what it read, when, and what it did. */
export const importRuns = sqliteTable(
  'import_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    status: text('status', { enum: IMPORT_RUN_STATUSES }).notNull(),
    isDryRun: integer('is_dry_run', { mode: 'boolean' }).notNull().default(false),
    counts: text('counts', { mode: 'json' }).$type<ImportCounts>(),
    /** SHA-256 of each raw response or file read, keyed by its URL or file name. */
    responseHashes: text('response_hashes', { mode: 'json' }).$type<Record<string, string>>(),
    error: text('error'),
    /** The process and machine that ran it, so that a later run can tell whether it is still going. */
    processId: integer('process_id'),
    hostName: text('host_name'),
  },
  (t) => [index('import_runs_started_idx').on(t.startedAt)],
);

/**
 * One row: a counter that moves with every commit that changes what the public pages show (triggers on each public
 * table: drizzle/0006_data_changes.sql), and with nothing else (sign-ins, sessions, the change history, import runs).
 * The page cache, the views kept in memory, the ETags and the bans of a shared cache all follow it, so a flood of
 * sign-in attempts does not empty them. It only grows: a restore sets it past both the live and the restored value.
 */
export const dataChanges = sqliteTable(
  'data_changes',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull(),
  },
  (t) => [check('data_changes_one_row', sql`${t.id} = 1`)],
);
