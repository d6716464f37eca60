'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { createRecord, deleteRecord, updateRecord } from '@/db/mutations/records';
import { defaultSpeaker, stanceFormValues, topicExists } from '@/db/queries/admin-stances';
import { topicAudience } from '@/db/queries/admin-topics';
import { resolvePerson } from '@/db/queries/lookup';
import type { stances } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { revalidatePublicPages } from '@/lib/revalidate';
import { stanceFormSchema } from '@/lib/validation/stances';

/** The person's page and the pages of the divisions the topic links (said vs did shows on both). */
function revalidateStancePages(personId: number | null, topicId: number): void {
  const { divisionIds } = topicAudience(topicId);
  revalidatePublicPages({ personIds: personId === null ? [] : [personId], divisionIds });
}

/** Creates a stance (no `id` in the form) or saves an edit to one. */
export async function saveStance(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(stanceFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;

  const person = data.person ? resolvePerson(data.person) : null;
  const errors: Record<string, string[]> = {};
  if (person && !person.ok) errors.person = [person.message];
  if (!topicExists(data.topic)) errors.topic = ['Choose a topic from the list'];
  const personId = person?.ok ? person.id : null;
  const speaker = data.speaker ?? defaultSpeaker(personId, data.party);
  if (!speaker && !errors.person) errors.party = ['Choose a party from the list'];
  if (Object.keys(errors).length > 0 || !speaker) return invalid(values, errors);

  const record = {
    personId,
    partyId: data.party,
    speaker,
    topicId: data.topic,
    position: data.position,
    label: data.label,
    quote: data.quote,
    statedOn: data.statedOn,
    said: data.said,
    kind: data.kind,
    sourceUrl: data.sourceUrl,
    sourceTitle: data.sourceTitle,
    sourceOutlet: data.sourceOutlet,
    confidence: data.confidence,
    note: data.note,
    editorNote: data.editorNote,
  } satisfies Partial<typeof stances.$inferInsert>;

  const id = formData.get('id')?.toString();
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) =>
    id
      ? updateRecord(tx, 'stances', id, record, { actor, reason: data.reason, expectedUpdatedAt: data.version })
      : createRecord(tx, 'stances', record, { actor, reason: data.reason }),
  );
  if (result.status === 'not_found') return invalid(values, {}, 'This stance has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? stanceFormValues(result.current as typeof stances.$inferSelect) : null);
  }
  revalidateStancePages(personId, data.topic);
  redirect(`/admin/stances/${result.id}?saved=1`);
}

/** Deletes a stance; the deletion is a revision, undone from the stance's history. */
export async function deleteStance(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = Number(formData.get('id'));
  if (!Number.isInteger(id) || id <= 0) redirect('/admin/people');
  const version = formData.get('version')?.toString() ?? null;
  const reason = formData.get('reason')?.toString().trim() || null;
  const result = getDb().transaction((tx) =>
    deleteRecord(tx, 'stances', String(id), { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }),
  );
  if (result.status === 'conflict') redirect(`/admin/stances/${id}?deleteRefused=changed`);
  if (result.status === 'saved' && result.before) {
    const { personId, topicId } = result.before as { personId: number | null; topicId: number };
    revalidateStancePages(personId, topicId);
  }
  redirect(`/admin/stances/${id}?deleted=1`);
}
