'use server';

import { getDb } from '@/db';
import { writeBulkChange } from '@/db/mutations/bulk-changes';
import { requireEditor } from '@/lib/auth/server';
import type { FormState } from '@/lib/forms/form-state';
import { isBulkKind, parseBulkFile, type BulkKind } from '@/lib/import/bulk/kinds';
import { describeBulkProblem } from '@/lib/import/bulk/problems';
import { describeBulkCounts, describeBulkItem, describeBulkOutcome, type BulkCounts } from '@/lib/import/bulk/summary';
import { revalidatePublicPages } from '@/lib/revalidate';
import { cleanText } from '@/lib/validation/common';
import { MAX_BULK_FILE_BYTES } from './limits';

export type BulkSummary = {
  kind: BulkKind;
  fileName: string;
  isDryRun: boolean;
  counts: BulkCounts;
  /** The command's own lines: one a line of the file, then the counts. */
  lines: string[];
  outcome: string;
  revisionId: number | null;
};

/** The form's state: the problems of a refused file, in the file's order, or what the file did. */
export type BulkState = FormState & { problems?: string[]; fileName?: string; summary?: BulkSummary };

/**
 * Checks a CSV of whips, posts or statements line by line and, unless the editor asked to check only, writes it
 * as one undoable change. A file with any problem is refused whole, with every problem listed. The answer is the
 * summary itself (not stored anywhere a redirect could read it back from), so the action returns it.
 */
export async function loadBulkFile(_previous: BulkState, formData: FormData): Promise<BulkState> {
  const editor = await requireEditor();
  const kind = formData.get('kind');
  const reasonText = cleanText(formData.get('reason')?.toString() ?? '').trim();
  const values = { kind: typeof kind === 'string' ? kind : '', reason: reasonText };
  const isDryRun = formData.get('intent') === 'check';
  const fieldErrors: Record<string, string[]> = {};
  if (!isBulkKind(kind)) fieldErrors.kind = ['Choose what the file holds: whips, posts or statements'];
  const chosen = formData.get('file');
  // A form submitted with no file chosen sends an empty, nameless file.
  const file = chosen instanceof File && !(chosen.name === '' && chosen.size === 0) ? chosen : null;
  if (!file) fieldErrors.file = ['Choose a CSV file to load'];
  else if (file.size > MAX_BULK_FILE_BYTES) fieldErrors.file = [`The file is too large: a bulk file can be at most ${MAX_BULK_FILE_BYTES / 1_000_000} MB`];
  if (reasonText.length > 500) fieldErrors.reason = ['The reason must be 500 characters or fewer'];
  if (!isBulkKind(kind) || !file || Object.keys(fieldErrors).length > 0) {
    const count = Object.keys(fieldErrors).length;
    return { status: 'invalid', message: count === 1 ? 'There is a problem with one field.' : `There are problems with ${count} fields.`, fieldErrors, values };
  }

  const parsed = parseBulkFile(kind, await file.text(), file.name);
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => writeBulkChange(tx, parsed, { actor, reason: reasonText || null, dryRun: isDryRun }));
  if (result.status === 'refused') {
    const n = result.problems.length;
    return {
      status: 'invalid',
      message: `The file was refused: nothing was written. ${n} problem${n === 1 ? '' : 's'} in ${file.name}; fix ${n === 1 ? 'it' : 'them'}, then choose the file again.`,
      values,
      fileName: file.name,
      problems: result.problems.map(describeBulkProblem),
    };
  }
  if (result.revisionId !== null) revalidatePublicPages({ personIds: result.personIds, divisionIds: result.divisionIds });
  const outcome = describeBulkOutcome(kind, result.counts, result.revisionId, isDryRun);
  return {
    status: 'saved',
    message: outcome,
    values,
    summary: {
      kind,
      fileName: file.name,
      isDryRun,
      counts: result.counts,
      lines: [...result.items.flatMap(describeBulkItem), describeBulkCounts(result.counts, isDryRun)],
      outcome,
      revisionId: result.revisionId,
    },
  };
}
