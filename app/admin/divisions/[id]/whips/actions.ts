'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { removeWhip, saveWhip } from '@/db/mutations/whip-records';
import { listDivisionPersonIds } from '@/db/queries/admin-divisions';
import { whipFormValues } from '@/db/queries/admin-whips';
import type { whips } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { clearedQuery } from '@/lib/forms/cleared';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { revalidatePublicPages } from '@/lib/revalidate';
import { whipFormSchema } from '@/lib/validation/whips';

const positiveId = (value: FormDataEntryValue | null): number | null => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Sets a party's whip on a division, or changes the one there. */
export async function saveWhipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(whipFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const divisionId = positiveId(formData.get('divisionId'));
  if (divisionId === null) return invalid(values, {}, 'This division cannot be found.');

  const whip = { instruction: data.instruction, strength: data.strength, basis: data.basis, note: data.note, editorNote: data.editorNote, sources: data.sources };
  const editing = { partyId: positiveId(formData.get('editingParty')), version: data.version };
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => saveWhip(tx, divisionId, data.party, whip, { actor, reason: data.reason, editing }));
  if (result.status === 'refused') return invalid(values, { party: [result.message] });
  if (result.status === 'not_found') return invalid(values, {}, 'This division has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? whipFormValues(result.current as typeof whips.$inferSelect) : null);
  }
  revalidatePublicPages({ divisionIds: [divisionId], personIds: listDivisionPersonIds(divisionId, data.party) });
  redirect(`/admin/divisions/${divisionId}/whips?saved=${data.party}${clearedQuery(data.cleared)}`);
}

/** Removes a party's whip; the removal is a revision, so it can be undone. */
export async function removeWhipAction(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const divisionId = positiveId(formData.get('divisionId'));
  const whipId = positiveId(formData.get('whipId'));
  const partyId = positiveId(formData.get('partyId'));
  if (divisionId === null || whipId === null) redirect('/admin/divisions');
  const version = formData.get('version')?.toString() || null;
  const result = getDb().transaction((tx) => removeWhip(tx, whipId, { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version }));
  const page = `/admin/divisions/${divisionId}/whips`;
  if (result.status === 'conflict') redirect(`${page}?removeRefused=1`);
  if (result.status === 'not_found') redirect(page);
  revalidatePublicPages({ divisionIds: [divisionId], personIds: partyId === null ? [] : listDivisionPersonIds(divisionId, partyId) });
  redirect(`${page}?removed=${result.revisionId}`);
}
