import { describeImportCounts } from '../division-summary';
import { bulkItemNoun, type BulkKind } from './kinds';
import { describeBulkProblem, type BulkProblem } from './problems';

// What a bulk file did (or, checked only, would do), in the words of the division importer's summary
// (lib/import/division-summary.ts): the command prints these lines and the admin form shows the same.

export type BulkCounts = { new: number; changed: number; unchanged: number };

export type BulkItemSummary = {
  line: number;
  /** "Labour’s whip on division 1666". */
  label: string;
  status: keyof BulkCounts;
  /** "abstain → no", "aye": what changed, or what a new record holds. */
  detail: string | null;
  /** What the line was read as otherwise than written ("strength 3 cleared: a free vote has no whip lines"). */
  notes: string[];
};

/** "Line 2: Labour’s whip on division 1666: changed (abstain → no)", then its notes, indented. */
export function describeBulkItem(item: BulkItemSummary): string[] {
  return [
    `Line ${item.line}: ${item.label}: ${item.status}${item.detail ? ` (${item.detail})` : ''}`,
    ...item.notes.map((note) => `  note: ${note}`),
  ];
}

/** "1 file(s): 0 new, 1 changed, 2 unchanged, 0 skipped, 0 failed.": the division importer's count line. */
export function describeBulkCounts(counts: BulkCounts, isDryRun: boolean): string {
  return describeImportCounts(1, { ...counts, skipped: 0, failed: 0 }, isDryRun);
}

/** Where a bulk change is undone (the confirmation page of every undo). */
export const undoPathFor = (revisionId: number) => `/admin/changes/${revisionId}/undo`;

/** "Written as change #12, one undoable change: undo it at /admin/changes/12/undo", or why nothing was written. */
export function describeBulkOutcome(kind: BulkKind, counts: BulkCounts, revisionId: number | null, isDryRun: boolean): string {
  const written = counts.new + counts.changed;
  if (isDryRun) return written === 0 ? 'Checked: loading the file would change nothing.' : `Checked: loading the file would write ${written} ${bulkItemNoun(kind)}${written === 1 ? '' : 's'} as one change.`;
  if (revisionId === null) return 'Nothing changed: every line matches the record, so no change was written.';
  return `Written as change #${revisionId}, one undoable change: undo it at ${undoPathFor(revisionId)}`;
}

/** What the command says of a refused file, after its name: every problem, in the file's order. */
export function describeRefusal(problems: ReadonlyArray<BulkProblem>): string {
  return [
    `refused, nothing was written: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  ${describeBulkProblem(p)}`),
  ].join('\n');
}
