'use server';

import { getDb } from '@/db';
import { uploadDivisionRecord } from '@/db/mutations/division-upload';
import { listDivisionPersonIds } from '@/db/queries/admin-divisions';
import { requireEditor } from '@/lib/auth/server';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { parseDivisionJson, type DivisionInput } from '@/lib/import/commons-division';
import { describeImportCounts, describeSavedDivision, describeWarnings } from '@/lib/import/division-summary';
import { ImportError } from '@/lib/import/errors';
import { revalidatePublicPages } from '@/lib/revalidate';
import { divisionFileSchema, divisionUploadFormSchema } from '@/lib/validation/divisions';

export type UploadSummary = {
  lines: string[];
  divisionId: number;
  officialId: number;
  status: 'new' | 'changed' | 'unchanged';
  revisionId: number | null;
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

  let input: DivisionInput;
  try {
    input = parseDivisionJson(await file.data.text(), file.data.name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return invalid(values, { file: [error.message] }, 'The file was not loaded: nothing was written. Fix the file, then choose it again.');
  }

  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) =>
    uploadDivisionRecord(tx, input, { actor, fileName: file.data.name, reason: parsed.data.reason }),
  );
  if (result.status !== 'unchanged') {
    revalidatePublicPages({ divisionIds: [result.divisionId], personIds: listDivisionPersonIds(result.divisionId) });
  }
  const counts = { new: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0, [result.status]: 1 };
  return {
    status: 'saved',
    message: result.status === 'unchanged' ? 'The file matches the division already held: nothing changed.' : 'Loaded.',
    summary: {
      lines: [describeSavedDivision(result), ...describeWarnings(result).map((w) => `  ${w}`), describeImportCounts(1, counts)],
      divisionId: result.divisionId,
      officialId: result.officialId,
      status: result.status,
      revisionId: result.revisionId,
    },
  };
}
