'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { saveMembership as writeMembership } from '@/db/mutations/membership-edits';
import { deleteRecord } from '@/db/mutations/records';
import { membershipFormValues } from '@/db/queries/admin-memberships';
import { resolvePerson } from '@/db/queries/lookup';
import type { memberships } from '@/db/schema';
import { requireEditor } from '@/lib/auth/server';
import { clearedQuery } from '@/lib/forms/cleared';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { idsInSnapshot, revalidatePublicPages } from '@/lib/revalidate';
import { membershipFormSchema } from '@/lib/validation/memberships';

/** Creates a membership (no `id` in the form) or saves an edit to one. */
export async function saveMembership(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(membershipFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;

  const person = resolvePerson(data.person);
  if (!person.ok) return invalid(values, { person: [person.message] });

  const input = {
    personId: person.id,
    house: data.house,
    partyId: data.party,
    constituencyId: data.constituency,
    startDate: data.startDate,
    endDate: data.endDate,
    endReason: data.endReason,
    datesBasis: data.datesBasis,
    sources: data.sources,
  };
  const rawId = formData.get('id')?.toString();
  const id = rawId ? Number(rawId) : null;
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => writeMembership(tx, id, input, { actor, reason: data.reason, expectedUpdatedAt: data.version }));
  if (result.status === 'invalid') return invalid(values, result.fieldErrors);
  if (result.status === 'not_found') return invalid(values, {}, 'This membership has been deleted since you opened it.');
  if (result.status === 'conflict') {
    return conflict(values, result.current ? membershipFormValues(result.current as typeof memberships.$inferSelect) : null);
  }
  revalidatePublicPages({ personIds: [person.id] });
  redirect(`/admin/memberships/${result.id}?saved=1${clearedQuery(data.cleared)}`);
}

/** Deletes a membership; the deletion is a revision, undone from the membership's history. */
export async function deleteMembership(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = Number(formData.get('id'));
  if (!Number.isInteger(id) || id <= 0) redirect('/admin/people');
  const version = formData.get('version')?.toString() ?? null;
  const reason = formData.get('reason')?.toString().trim() || null;
  const result = getDb().transaction((tx) =>
    deleteRecord(tx, 'memberships', String(id), { actor: { id: editor.id, label: editor.email }, expectedUpdatedAt: version, reason }),
  );
  if (result.status === 'conflict') redirect(`/admin/memberships/${id}?deleteRefused=changed`);
  if (result.status === 'saved') revalidatePublicPages(idsInSnapshot('memberships', result.before));
  redirect(`/admin/memberships/${id}?deleted=1`);
}
