import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REVISION_ACTIONS, SUGGESTION_KINDS, SUGGESTION_STATUSES } from './enums';

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
    /** For an undo: the change it undid, so that each says "undo of #N" and the other "undone by #M". */
    undoOf: integer('undo_of'),
    /**
     * For one row of a bulk change (a CSV of whips, posts or statements): the change that stands for the whole
     * file (table `batches`), which is listed, described and undone as one.
     */
    batchId: integer('batch_id'),
  },
  (t) => [
    index('revisions_record_idx').on(t.tableName, t.recordId, t.at),
    index('revisions_at_idx').on(t.at),
    index('revisions_undo_of_idx').on(t.undoOf),
    index('revisions_batch_idx').on(t.batchId),
  ],
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

/**
 * A candidate fact for an editor to confirm or dismiss: found in the record (a post that ended days after its holder
 * defied the whip, a party whose split votes leave no whip to infer, a member an import created) or sent by a reader.
 * Nothing here is public: a suggestion changes the record only through an editor's own change.
 */
export const suggestions = sqliteTable(
  'suggestions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: SUGGESTION_KINDS }).notNull(),
    /** What the suggestion is about, so that the record's scan never files it twice (e.g. "departure:12:1666"). */
    subjectKey: text('subject_key'),
    status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('open'),
    /** The ids it is about (divisionId, postId, personId, partyId) and the facts that make the case. */
    evidence: text('evidence', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** A reader's report: the page it was sent from, what they wrote and the source they gave. Never shown publicly. */
    pagePath: text('page_path'),
    message: text('message'),
    sourceUrl: text('source_url'),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    /** The editor's words on confirming or dismissing, and the change their confirmation made, if any. */
    resolutionNote: text('resolution_note'),
    revisionId: integer('revision_id'),
  },
  (t) => [uniqueIndex('suggestions_subject_unique').on(t.subjectKey), index('suggestions_status_idx').on(t.status, t.createdAt)],
);

/** Readers' reports from one client address in the current window, for the report form's rate limit. */
export const reportClients = sqliteTable(
  'report_clients',
  {
    client: text('client').primaryKey(),
    reports: integer('reports').notNull(),
    windowStartedAt: integer('window_started_at').notNull(),
  },
  (t) => [index('report_clients_window_idx').on(t.windowStartedAt)],
);

/**
 * One row: when the record was last searched for suggestions, so that an empty queue is told apart from a record
 * never searched (its counts then say nothing).
 */
export const suggestionScans = sqliteTable(
  'suggestion_scans',
  {
    id: integer('id').primaryKey(),
    scannedAt: text('scanned_at').notNull(),
  },
  (t) => [check('suggestion_scans_one_row', sql`${t.id} = 1`)],
);
