import { BULK_REFERENCES, BULK_TABLES, bulkColumns, type BulkKind, type ParsedBulkFile } from '@/lib/import/bulk/kinds';
import type { PostLine } from '@/lib/import/bulk/posts';
import { sortProblems, type BulkProblem } from '@/lib/import/bulk/problems';
import type { StatementLine } from '@/lib/import/bulk/statements';
import type { BulkCounts, BulkItemSummary } from '@/lib/import/bulk/summary';
import type { WhipLine } from '@/lib/import/bulk/whips';
import type { Db } from '../connection';
import { BulkLookups } from './bulk-lookups';
import { planPosts, planStatements, planWhips, type Plan } from './bulk-plans';
import { createRecord, recordBatchHeader, updateRecord } from './records';
import type { Actor } from './revisions';
import { scanAfterImport } from './suggestions';

// A bulk file of whips, posts or statements written as one change, or not at all. Every line is checked (by
// itself, then against the record) before anything is written; one bad line refuses the whole file. A file that
// passes is written in the caller's transaction as one header revision (table 'batches') and a revision per record
// written, each naming the header: the history lists the file as one change, and undoing the header
// (undoRevision) takes the whole file back.

export type BulkChangeResult =
  | { status: 'refused'; kind: BulkKind; fileName: string; problems: BulkProblem[] }
  | {
      /** `checked`: a dry run, nothing written. `saved`: written, or nothing to write (revisionId null). */
      status: 'checked' | 'saved';
      kind: BulkKind;
      fileName: string;
      rows: number;
      items: BulkItemSummary[];
      counts: BulkCounts;
      /** The header of the change written, to list and undo it by. */
      revisionId: number | null;
      /** Whose and which public pages show what changed. */
      personIds: number[];
      divisionIds: number[];
    };

/**
 * The records a line that could not be read whole names (a division, a party, a person, a topic), checked all the
 * same, so that one pass shows every problem. A column with a problem of its own is not checked again.
 */
function checkReferences(db: Db, parsed: ParsedBulkFile): BulkProblem[] {
  const lookups = new BulkLookups(db);
  const problems: BulkProblem[] = [];
  for (const row of parsed.unread) {
    for (const [column, what] of Object.entries(BULK_REFERENCES[parsed.kind])) {
      const typed = (row.cells[column] ?? '').trim();
      if (typed === '' || parsed.problems.some((p) => p.line === row.line && p.column === column)) continue;
      const found =
        what === 'division' ? lookups.division(Number(typed)) : what === 'party' ? lookups.party(typed) : what === 'person' ? lookups.person(typed) : lookups.topic(typed);
      if (!found.ok) problems.push({ line: row.line, column, message: found.message });
    }
  }
  return problems;
}

function plan(db: Db, parsed: ParsedBulkFile): Plan {
  if (parsed.kind === 'whips') return planWhips(db, parsed.lines as WhipLine[]);
  if (parsed.kind === 'posts') return planPosts(db, parsed.lines as PostLine[]);
  return planStatements(db, parsed.lines as StatementLine[]);
}

/**
 * Checks a parsed bulk file against the record and, unless `dryRun`, writes it. Run it in a transaction: the
 * header and every row's revision are written together. A file whose every line matches the record writes nothing.
 */
export function writeBulkChange(
  db: Db,
  parsed: ParsedBulkFile,
  options: { actor: Actor; reason?: string | null; dryRun?: boolean },
): BulkChangeResult {
  const { kind, fileName } = parsed;
  // The lines that read are checked against the record even when others did not, so that the editor sees
  // every problem at once.
  const planned = plan(db, parsed);
  const problems = sortProblems([...parsed.problems, ...planned.problems, ...checkReferences(db, parsed)], bulkColumns(kind).map((c) => c.name));
  if (problems.length > 0) return { status: 'refused', kind, fileName, problems };

  const counts: BulkCounts = { new: 0, changed: 0, unchanged: 0 };
  for (const item of planned.items) counts[item.status] += 1;
  const touched = planned.items.filter((i) => i.status !== 'unchanged');
  const items = planned.items.map(({ line, label, status, detail, notes }) => ({ line, label, status, detail, notes }));
  const result = {
    kind,
    fileName,
    rows: parsed.rows,
    items,
    counts,
    personIds: [...new Set(touched.flatMap((i) => i.personIds))],
    divisionIds: [...new Set(touched.flatMap((i) => i.divisionIds))],
  };
  if (options.dryRun) return { status: 'checked', ...result, revisionId: null };
  if (touched.length === 0) return { status: 'saved', ...result, personIds: [], divisionIds: [], revisionId: null };

  const actor = options.actor;
  const reason = options.reason ?? null;
  const batchId = recordBatchHeader(db, { actor, reason, action: 'create', after: { kind: BULK_TABLES[kind], file: fileName, counts, rows: parsed.rows } });
  for (const item of touched) {
    const written =
      item.id === null
        ? createRecord(db, item.table, item.values, { actor, reason, batchId })
        : updateRecord(db, item.table, String(item.id), item.values, { actor, reason, batchId, expectedUpdatedAt: null });
    // Read in this transaction a moment ago: the record cannot have gone.
    if (written.status !== 'saved') throw new Error(`Line ${item.line}: ${item.table} #${item.id} could not be written (${written.status})`);
  }
  // Posts ended and whips recorded in bulk make and settle suggestions, as an import does.
  scanAfterImport(db);
  return { status: 'saved', ...result, revisionId: batchId };
}
