'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { createRecord, deleteRecord, updateRecord } from '@/db/mutations/records';
import { postFormValues } from '@/db/queries/admin-posts';
import { resolveDivision, resolvePerson } from '@/db/queries/lookup';
import type { posts } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { idsInSnapshot, revalidatePublicPages } from '@/lib/revalidate';
import { postFormSchema } from '@/lib/validation/posts';

/** Creates a post (no `id` in the form) or saves an edit to one. */
export async function savePost(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(postFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;

  const person = resolvePerson(data.person);
  const division = data.endedOverDivision ? resolveDivision(data.endedOverDivision) : null;
  const errors: Record<string, string[]> = {};
  if (!person.ok) errors.person = [person.message];
  if (division && !division.ok) errors.endedOverDivision = [division.message];
  if (!person.ok || (division && !division.ok)) return invalid(values, errors);

  const record = {
    personId: person.id,
    title: data.title,
    kind: data.kind,
    side: data.side,
    department: data.department,
    startDate: data.startDate,
    endDate: data.endDate,
    endReason: data.endReason,
    endReasonNote: data.endReasonNote,
    endedOverDivisionId: division?.ok ? division.id : null,
    note: data.note,
    editorNote: data.editorNote,
    sources: data.sources,
  } satisfies Partial<typeof posts.$inferInsert>;

  const id = formData.get('id')?.toString();
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) =>
    id
      ? updateRecord(tx, 'posts', id, record, { actor, reason: data.reason, expectedUpdatedAt: data.version })
      : createRecord(tx, 'posts', record, { actor, reason: data.reason }),
  );
  if (result.status === 'not_found') return invalid(values, {}, 'This post has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? postFormValues(result.current as typeof posts.$inferSelect) : null);
  }
  revalidatePublicPages({ personIds: [person.id], divisionIds: division?.ok ? [division.id] : [] });
  redirect(`/admin/posts/${result.id}?saved=1`);
}

/** Deletes a post; the deletion is a revision, so it can be undone from the changes page. */
export async function deletePost(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = formData.get('id')?.toString() ?? '';
  const version = formData.get('version')?.toString() ?? null;
  const reason = formData.get('reason')?.toString() || null;
  const result = getDb().transaction((tx) =>
    deleteRecord(tx, 'posts', id, { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }),
  );
  if (result.status === 'conflict') redirect(`/admin/posts/${id}?deleteRefused=1`);
  if (result.status === 'not_found') redirect('/admin/changes?type=posts');
  revalidatePublicPages(idsInSnapshot('posts', result.before));
  redirect(`/admin/changes?type=posts&record=${id}&deleted=${result.revisionId}`);
}
