'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import * as personEdits from '@/db/mutations/person-edits';
import { personFormValues } from '@/db/queries/admin-people';
import type { persons } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { revalidatePublicPages } from '@/lib/revalidate';
import { personFormSchema } from '@/lib/validation/persons';

/** Creates a person (no `id` in the form) or saves an edit to one. */
export async function savePerson(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(personFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;

  const rawId = formData.get('id')?.toString();
  const id = rawId ? Number(rawId) : null;
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) =>
    personEdits.savePerson(tx, id, data, { actor, reason: data.reason, expectedUpdatedAt: data.version }),
  );
  if (result.status === 'invalid') return invalid(values, result.fieldErrors);
  if (result.status === 'not_found') return invalid(values, {}, 'This person has been deleted since you opened them.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? personFormValues(result.current as typeof persons.$inferSelect) : null);
  }
  revalidatePublicPages({ personIds: [Number(result.id)] });
  redirect(`/admin/people/${result.id}?saved=1`);
}

/** Deletes a person nothing refers to; refused (with the reason on the page) while they have votes or records. */
export async function deletePerson(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = Number(formData.get('id'));
  const version = formData.get('version')?.toString() ?? null;
  const reason = formData.get('reason')?.toString().trim() || null;
  if (!Number.isInteger(id) || id <= 0) redirect('/admin/people');
  const result = getDb().transaction((tx) =>
    personEdits.deletePerson(tx, id, { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }),
  );
  if (result.status === 'refused') redirect(`/admin/people/${id}?deleteRefused=blocked`);
  if (result.status === 'conflict') redirect(`/admin/people/${id}?deleteRefused=changed`);
  if (result.status === 'saved') {
    const parliamentId = result.before?.parliamentId;
    revalidatePublicPages({});
    if (typeof parliamentId === 'number') revalidatePath(`/mps/${parliamentId}`);
  }
  redirect(`/admin/people/${id}?deleted=1`);
}
