'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import * as topicEdits from '@/db/mutations/topic-edits';
import { topicAudience, topicFormValues } from '@/db/queries/admin-topics';
import { resolveDivision } from '@/db/queries/lookup';
import type { topics } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { revalidatePublicPages } from '@/lib/revalidate';
import { topicFormSchema, topicLinkChangeSchema, topicLinkFormSchema } from '@/lib/validation/topics';

/** A topic shows on its linked divisions' pages and, through said vs did, on the pages of who spoke on it. */
function revalidateTopicPages(topicId: number, alsoDivisionIds: number[] = []): void {
  const audience = topicAudience(topicId);
  revalidatePublicPages({ personIds: audience.personIds, divisionIds: [...audience.divisionIds, ...alsoDivisionIds] });
}

/** Creates a topic (no `id` in the form) or saves an edit to one. */
export async function saveTopic(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(topicFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const rawId = formData.get('id')?.toString();
  const id = rawId ? Number(rawId) : null;
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => topicEdits.saveTopic(tx, id, data, { actor, reason: data.reason, expectedUpdatedAt: data.version }));
  if (result.status === 'invalid') return invalid(values, result.fieldErrors);
  if (result.status === 'not_found') return invalid(values, {}, 'This topic has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? topicFormValues(result.current as typeof topics.$inferSelect) : null);
  }
  revalidateTopicPages(Number(result.id));
  redirect(`/admin/topics/${result.id}?saved=1`);
}

/** Links a division to the topic, with the lobby that supports it. */
export async function addTopicLink(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(topicLinkFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const division = resolveDivision(data.division);
  if (!division.ok) return invalid(values, { division: [division.message] });
  const link = { topicId: data.topicId, divisionId: division.id, supportingLobby: data.supportingLobby };
  const result = getDb().transaction((tx) => topicEdits.addTopicLink(tx, link, { actor: { id: editor.id, label: editor.email }, reason: data.reason }));
  if (result.status === 'invalid') return invalid(values, result.fieldErrors);
  if (result.status !== 'saved') return invalid(values, {}, 'This topic has been deleted since you opened it.');
  revalidateTopicPages(data.topicId);
  redirect(`/admin/topics/${data.topicId}?link=added#links-heading`);
}

/** Changes a link's supporting lobby, or (with `remove`) removes the link. */
export async function changeTopicLink(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const parsed = topicLinkChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/admin/topics');
  const { topicId, divisionId, supportingLobby } = parsed.data;
  const options = { actor: { id: editor.id, label: editor.email } };
  const isRemoval = formData.get('remove') !== null;
  if (!isRemoval && !supportingLobby) redirect(`/admin/topics/${topicId}?link=missing#links-heading`);
  const result = getDb().transaction((tx) =>
    isRemoval || !supportingLobby
      ? topicEdits.removeTopicLink(tx, { topicId, divisionId }, options)
      : topicEdits.changeTopicLink(tx, { topicId, divisionId, supportingLobby }, options),
  );
  // A removed link's division no longer comes back from the topic, so name it too.
  revalidateTopicPages(topicId, [divisionId]);
  const outcome = result.status === 'saved' ? (isRemoval ? 'removed' : 'changed') : result.status === 'unchanged' ? 'unchanged' : 'missing';
  redirect(`/admin/topics/${topicId}?link=${outcome}#links-heading`);
}
