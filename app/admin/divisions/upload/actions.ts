'use server';

import { getDb } from '@/db';
import { uploadDivisionRecord, type DivisionUploadResult } from '@/db/mutations/division-upload';
import { listDivisionPersonIds } from '@/db/queries/admin-divisions';
import { requireEditor } from '@/lib/auth/server';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { parseDivisionJson, type DivisionInput } from '@/lib/import/commons-division';
import { describeConflicts, describeImportCounts, describeSavedDivision, describeWarnings } from '@/lib/import/division-summary';
import { ImportError } from '@/lib/import/errors';
import { describeImportProblem } from '@/lib/import/plain-errors';
import { revalidatePublicPages } from '@/lib/revalidate';
import { divisionFileSchema, divisionUploadFormSchema } from '@/lib/validation/divisions';

export type UploadSummary = {
  lines: string[];
  divisionId: number;
  officialId: number;
  status: 'new' | 'changed' | 'unchanged';
  revisionId: number | null;
  /** Votes an editor corrected that the file gives otherwise: the editors' votes were kept. */
  conflicts: number;
};

/** The form's state; after an upload, what the importer made of the file, in the command's words. */
export type UploadState = FormState & { summary?: UploadSummary };

/**
 * Loads an official Commons Votes division record through the importer's own parser and loader. It
 * returns the summary rather than redirecting, because the summary (with the record's warnings) is the
 * answer the editor needs, and it is not stored anywhere a redirect could read it back from.
 */
export async function uploadDivision(_previous: UploadState, formData: FormData): Promise<UploadState> {
  const editor = await requireEditor();
  const parsed = parseForm(divisionUploadFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const chosen = formData.get('file');
  // A form submitted with no file chosen sends an empty, nameless file.
  const file = divisionFileSchema.safeParse(chosen instanceof File && chosen.name === '' && chosen.size === 0 ? null : chosen);
  if (!file.success) return invalid(values, { file: file.error.issues.map((i) => i.message) }, 'The file was not loaded.');

  const refused = (error: ImportError) =>
    invalid(values, { file: [`${file.data.name}: ${describeImportProblem(error)}`] }, `${file.data.name} was not loaded: nothing was written. Fix the file, then choose it again.`);
  let input: DivisionInput;
  try {
    input = parseDivisionJson(await file.data.text(), file.data.name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return refused(error);
  }

  const actor = { id: editor.id, label: editor.email };
  let result: DivisionUploadResult;
  try {
    // Some refusals are found only against what is held (another division with its day and number): the
    // transaction is rolled back whole, the import run with it.
    result = getDb().transaction((tx) => uploadDivisionRecord(tx, input, { actor, fileName: file.data.name, reason: parsed.data.reason }));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return refused(error);
  }
  if (result.status !== 'unchanged') {
    revalidatePublicPages({ divisionIds: [result.divisionId], personIds: listDivisionPersonIds(result.divisionId) });
  }
  const counts = { new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0, [result.status]: 1 };
  const conflicts = result.conflicts.length;
  return {
    status: 'saved',
    message: uploadMessage(result.status, conflicts),
    summary: {
      lines: [
        describeSavedDivision(result),
        ...[...describeWarnings(result), ...describeConflicts(result)].map((line) => `  ${line}`),
        describeImportCounts(1, counts, false, conflicts),
      ],
      divisionId: result.divisionId,
      officialId: result.officialId,
      status: result.status,
      revisionId: result.revisionId,
      conflicts,
    },
  };
}

/** The heading of the upload's summary. An editor's corrections the file disagrees with were kept, and it says so. */
function uploadMessage(status: UploadSummary['status'], conflicts: number): string {
  const kept =
    conflicts === 0
      ? ''
      : conflicts === 1
        ? '1 vote an editor corrected is given otherwise by the file: the editor’s vote was kept.'
        : `${conflicts} votes editors corrected are given otherwise by the file: the editors’ votes were kept.`;
  if (status === 'unchanged') return conflicts === 0 ? 'The file matches the division already held: nothing changed.' : `Nothing changed. ${kept}`;
  return conflicts === 0 ? 'Loaded.' : `Loaded. ${kept}`;
}
