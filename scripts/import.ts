// Command-line importer. Usage:
//   npm run import -- divisions --from 2023-11-01 [--to 2023-11-30]   (Commons Votes API search, new or changed only)
//   npm run import -- divisions --id 1666 [--id 1667]                  (Commons Votes API, by division id)
//   npm run import -- divisions --file path/to/division.json [--file another.json]   (saved responses, no network)
//   npm run import -- divisions --dir folder/                          (saved responses, no network)
//   npm run import -- members [--ids 172,4514]                         (Members API; default the current House)
//   npm run import -- whips --file whips.csv                           (bulk entry: also posts, statements; README "Bulk entry")
// Options: --dry-run, --reason TEXT and --by NAME (bulk entry), --rate 4 (requests a second), --timeout 15 (seconds), --retries 4, --no-cache,
//          --page-size N, --commit-every 25, --verbose. See the README's "Importing the official record".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { writeBulkChange } from '@/db/mutations/bulk-changes';
import { getConfig } from '@/lib/config';
import { isBulkKind, parseBulkFile, type BulkKind } from '@/lib/import/bulk/kinds';
import { describeBulkCounts, describeBulkItem, describeBulkOutcome, describeRefusal } from '@/lib/import/bulk/summary';
import { describeApiCounts, describeRequests, firstLines } from '@/lib/import/api-import-summary';
import { importDivisionsFromApi } from '@/lib/import/commons-votes-api';
import { describeConflicts, describeImportCounts, describeSavedDivision, describeWarnings } from '@/lib/import/division-summary';
import { ImportError } from '@/lib/import/errors';
import { ApiClient } from '@/lib/import/http/api-client';
import { ResponseCache } from '@/lib/import/http/response-cache';
import { importMembersFromApi } from '@/lib/import/members-api';
import { progressOn } from '@/lib/import/progress';
import { importDivisionFiles, listJsonFiles } from '@/lib/import/run-division-files';
import { runScript } from './lib/run-script';

const USAGE =
  'Usage: npm run import -- divisions (--from YYYY-MM-DD [--to YYYY-MM-DD] | --id ID ... | --file FILE.json ... | --dir FOLDER) [--dry-run]\n' +
  '       npm run import -- members [--ids 172,4514] [--dry-run]\n' +
  '       npm run import -- (whips | posts | statements) --file FILE.csv [--dry-run] [--reason TEXT] [--by NAME]\n' +
  'Network options: --rate REQUESTS_PER_SECOND (4) --timeout SECONDS (15) --retries N (4) --no-cache --page-size N';

const usageError = (detail: string) => new ImportError('command line', null, `${detail}\n${USAGE}`);

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw usageError(`${flag} takes a positive number, not "${value}"`);
  return n;
}

function idList(values: ReadonlyArray<string> | undefined, flag: string): number[] {
  const ids = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return ids.map((v) => {
    if (!/^\d+$/.test(v) || Number(v) <= 0) throw usageError(`${flag} takes member or division ids like 172,4514, not "${v}"`);
    return Number(v);
  });
}

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      file: { type: 'string', multiple: true },
      dir: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      id: { type: 'string', multiple: true },
      ids: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      rate: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'page-size': { type: 'string' },
      'commit-every': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      reason: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const [what] = positionals;
  const dryRun = values['dry-run'];
  if (isBulkKind(what)) {
    const [file, ...more] = values.file ?? [];
    if (!file || more.length > 0) throw usageError(`${what} takes one file: --file FILE.csv.`);
    return withDatabase(getConfig().databasePath, (db) => loadBulkFile(db, what, file, { dryRun, reason: values.reason ?? null, by: values.by ?? 'importer' }));
  }
  if (what !== 'divisions' && what !== 'members') throw usageError(`unknown import "${what ?? ''}".`);
  const progress = progressOn();
  const commitEvery = positiveNumber(values['commit-every'], '--commit-every');
  const config = getConfig();

  const files = [...(values.file ?? []), ...(values.dir ? listJsonFiles(values.dir) : [])];
  if (what === 'divisions' && (values.file || values.dir)) {
    if (files.length === 0) throw usageError('no files given.');
    return withDatabase(config.databasePath, (db) => {
      const summary = importDivisionFiles(db, files, { dryRun, commitEvery, progress });
      for (const r of summary.results) {
        console.log(describeSavedDivision(r));
        for (const line of [...describeWarnings(r), ...describeConflicts(r)]) console.log(`  ${line}`);
      }
      console.log(describeImportCounts(files.length, summary.counts, dryRun, summary.conflicts));
    });
  }

  // From here on the network: polite, cached, and stoppable with Ctrl-C (a second Ctrl-C ends at once).
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    console.error('\nStopping after the request in flight… (Ctrl-C again to quit at once)');
    interrupt.abort();
  });
  const client = (baseUrl: string) =>
    new ApiClient({
      baseUrl,
      requestsPerSecond: positiveNumber(values.rate, '--rate'),
      timeoutMs: (positiveNumber(values.timeout, '--timeout') ?? 15) * 1000,
      retries: values.retries === undefined ? undefined : Math.floor(positiveNumber(values.retries, '--retries') ?? 0),
      cache: values['no-cache'] ? null : new ResponseCache(path.resolve(config.importCacheDir)),
      signal: interrupt.signal,
      // On a terminal, clear the progress line first so that the message does not run into it.
      onRetry: (e) =>
        console.error(`${process.stderr.isTTY ? '\r\x1b[K' : ''}${e.url}: ${e.reason}; trying again in ${Math.ceil(e.waitMs / 1000)} s (attempt ${e.attempt + 1})`),
    });
  const pageSize = positiveNumber(values['page-size'], '--page-size');

  if (what === 'divisions') {
    const ids = idList(values.id, '--id');
    if (ids.length === 0 && !values.from) throw usageError('say which divisions: --from DATE [--to DATE], --id ID, --file or --dir.');
    const api = client(config.commonsVotesApiUrl);
    await withDatabase(config.databasePath, async (db) => {
      const summary = await importDivisionsFromApi(db, { client: api, from: values.from, to: values.to, ids, dryRun, pageSize, commitEvery, progress });
      for (const r of summary.results) {
        // An unchanged division is worth a line only when an editor's correction of it was kept against the record.
        if (r.status === 'unchanged' && r.conflicts.length === 0 && !values.verbose) continue;
        console.log(describeSavedDivision(r));
        for (const line of [...describeWarnings(r), ...describeConflicts(r)]) console.log(`  ${line}`);
      }
      console.log(describeApiCounts('division', summary.counts, dryRun, summary.conflicts));
      console.log(describeRequests(api.host, summary.requests, summary.fromCache));
    });
    return;
  }

  const api = client(config.membersApiUrl);
  await withDatabase(config.databasePath, async (db) => {
    const summary = await importMembersFromApi(db, { client: api, ids: idList(values.ids, '--ids'), dryRun, pageSize, progress });
    const limit = values.verbose ? Infinity : 30;
    if (summary.conflicts.length > 0) {
      console.log(`Conflicts (${summary.conflicts.length}): the editors' rows were kept.`);
      for (const line of firstLines(summary.conflicts, limit, 'conflicts (--verbose shows all)')) console.log(`  ${line}`);
    }
    if (summary.notes.length > 0) {
      console.log(`Notes (${summary.notes.length}):`);
      for (const line of firstLines(summary.notes, limit, 'notes (--verbose shows all)')) console.log(`  ${line}`);
    }
    if (summary.skipped.length > 0) console.log(`Skipped (no Commons membership on record): ${summary.skipped.join(', ')}`);
    console.log(describeApiCounts('member', summary.counts, dryRun));
    console.log(describeRequests(api.host, summary.requests, summary.fromCache));
  });
});

/**
 * A CSV of whips, posts or statements (README: "Bulk entry"), checked line by line and written as one undoable
 * change, or refused whole: then every problem is printed and the command exits 1.
 */
function loadBulkFile(db: AppDatabase, kind: BulkKind, file: string, options: { dryRun: boolean; reason: string | null; by: string }): void {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportError(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = parseBulkFile(kind, text, path.basename(file));
  const result = db.transaction((tx) => writeBulkChange(tx, parsed, { actor: { label: options.by }, reason: options.reason, dryRun: options.dryRun }));
  if (result.status === 'refused') throw new ImportError(file, null, describeRefusal(result.problems));
  for (const item of result.items) for (const line of describeBulkItem(item)) console.log(line);
  console.log(describeBulkCounts(result.counts, options.dryRun));
  console.log(describeBulkOutcome(kind, result.counts, result.revisionId, options.dryRun));
}

async function withDatabase(file: string, work: (db: AppDatabase) => void | Promise<void>): Promise<void> {
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    await work(db);
  } finally {
    db.$client.close();
  }
}
