'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { saveDivisionMetadata, type DuplicateDivision } from '@/db/mutations/division-metadata';
import { deleteRecord } from '@/db/mutations/records';
import { divisionFormValues, listDivisionPersonIds } from '@/db/queries/admin-divisions';
import type { divisions } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { idsInSnapshot, revalidatePublicPages } from '@/lib/revalidate';
import { divisionFormSchema } from '@/lib/validation/divisions';
import { formatDate } from '@/lib/view/format';

/** The form's state, with a link to the division that already exists when a save would duplicate it. */
export type DivisionFormState = FormState & { duplicate?: { href: string; text: string } };

/** Creates a division (no `id` in the form) or saves an edit to one. */
export async function saveDivision(_previous: DivisionFormState, formData: FormData): Promise<DivisionFormState> {
  const editor = await requireEditor();
  const parsed = parseForm(divisionFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const { version, reason, ...fields } = data;

  const rawId = formData.get('id')?.toString();
  const id = rawId ? Number(rawId) : null;
  if (id !== null && !Number.isInteger(id)) return invalid(values, {}, 'This division cannot be found.');
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => saveDivisionMetadata(tx, id, fields, { actor, reason, expectedUpdatedAt: version }));

  if (result.status === 'duplicate') return duplicateState(values, result.duplicates);
  if (result.status === 'not_found') return invalid(values, {}, 'This division has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? divisionFormValues(result.current as typeof divisions.$inferSelect) : null);
  }
  const divisionId = Number(result.id);
  revalidatePublicPages({ divisionIds: [divisionId], personIds: listDivisionPersonIds(divisionId) });
  redirect(`/admin/divisions/${divisionId}?saved=1`);
}

function duplicateState(values: Record<string, string>, duplicates: DuplicateDivision[]): DivisionFormState {
  const errors: Record<string, string[]> = {};
  for (const d of duplicates) {
    const name = d.officialId !== null ? `Division ${d.officialId}` : `Division #${d.id}`;
    const message =
      d.clash === 'officialId'
        ? `${name} already exists: edit it instead`
        : `${name} is already number ${d.number} in the ${d.house === 'commons' ? 'Commons' : 'Lords'} on ${formatDate(d.date)}: edit it instead, or check the number`;
    (errors[d.clash] ??= []).push(message);
  }
  const first = duplicates[0]!;
  const text = `Edit ${first.officialId !== null ? `division ${first.officialId}` : `division #${first.id}`} instead`;
  return { ...invalid(values, errors, 'This division already exists.'), duplicate: { href: `/admin/divisions/${first.id}`, text } };
}

/** Deletes a division with its votes, whips and topic links; the deletion can be undone from its revision. */
export async function deleteDivision(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formData.get('id')?.toString() ?? '';
  const version = formData.get('version')?.toString() || null;
  const reason = formData.get('reason')?.toString() || null;
  const result = getDb().transaction((tx) =>
    deleteRecord(tx, 'divisions', id, { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }),
  );
  if (result.status === 'conflict') redirect(`/admin/divisions/${id}?deleteRefused=1`);
  if (result.status === 'not_found') redirect('/admin/divisions');
  revalidatePublicPages(idsInSnapshot('divisions', result.before));
  // The division's own public page can no longer be found from its id once it is gone.
  const officialId = result.before?.officialId;
  if (typeof officialId === 'number') revalidatePath(`/divisions/${officialId}`);
  redirect(`/admin/divisions?deleted=${result.revisionId}`);
}
