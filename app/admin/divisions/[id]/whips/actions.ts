'use server';

import { redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { removeWhip, saveWhip } from '@/db/mutations/whip-records';
import { listDivisionPersonIds } from '@/db/queries/admin-divisions';
import { whipFormValues } from '@/db/queries/admin-whips';
import { whips } from '@/db/schema';
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

/**
 * Removes a party's whip, from the page that says what that does to its rebels (/admin/whips/{id}/delete); the
 * removal is a revision, so it can be undone.
 */
export async function removeWhipAction(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const whipId = positiveId(formData.get('id'));
  if (whipId === null) redirect('/admin/divisions');
  const version = formData.get('version')?.toString() || null;
  const reason = formData.get('reason')?.toString() || null;
  const db = getDb();
  const result = db.transaction((tx) => {
    const whip = tx.select({ divisionId: whips.divisionId, partyId: whips.partyId }).from(whips).where(eq(whips.id, whipId)).get();
    return whip ? { whip, outcome: removeWhip(tx, whipId, { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }) } : null;
  });
  if (!result || result.outcome.status === 'not_found') redirect('/admin/changes?type=whips');
  const { whip, outcome } = result;
  const page = `/admin/divisions/${whip.divisionId}/whips`;
  if (outcome.status === 'conflict') redirect(`${page}?removeRefused=1`);
  revalidatePublicPages({ divisionIds: [whip.divisionId], personIds: listDivisionPersonIds(whip.divisionId, whip.partyId) });
  redirect(`${page}?removed=${outcome.revisionId}`);
}
