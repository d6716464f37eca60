'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import {
  confirmDeparture,
  confirmMemberReview,
  confirmRecordWhip,
  dismissSuggestion,
  markReportDone,
  scanForSuggestions,
  type ResolveResult,
} from '@/db/mutations/suggestions';
import { requireEditor } from '@/lib/auth/server';
import { safeNextPath } from '@/lib/auth/safe-next';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { revalidatePublicPages } from '@/lib/revalidate';
import {
  confirmDepartureSchema,
  confirmMemberReviewSchema,
  confirmRecordWhipSchema,
  dismissSuggestionSchema,
  markReportDoneSchema,
} from '@/lib/validation/suggestions';

const QUEUE = '/admin/suggestions';

/** Back to the queue as the editor left it (its filters), saying what happened to which suggestion. */
function backToQueue(formData: FormData, params: Record<string, string>): never {
  const returnTo = safeNextPath(formData.get('returnTo')?.toString(), QUEUE);
  const url = new URL(returnTo.startsWith(QUEUE) ? returnTo : QUEUE, 'https://x.invalid');
  for (const key of ['done', 'found', 'settled']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  redirect(`${url.pathname}${url.search}`);
}

/** What an answer came to, as the form shows it; on success the public pages it changed are remade. */
function finish(result: ResolveResult, values: Record<string, string>, formData: FormData, id: number): FormState {
  if (result.status === 'gone') return invalid(values, {}, 'Another editor has answered this suggestion already: reload the page to see how.');
  if (result.status === 'refused') return invalid(values, {}, result.message);
  if (result.personIds.length > 0 || result.divisionIds.length > 0) {
    revalidatePublicPages({ personIds: result.personIds, divisionIds: result.divisionIds });
  }
  revalidatePath(QUEUE);
  backToQueue(formData, { done: String(id) });
}

/** Looks through the whole record for new suggestions (one query per kind). */
export async function scanAction(formData: FormData): Promise<void> {
  await requireEditor(QUEUE);
  const counts = scanForSuggestions(getDb());
  const found = counts.departure + counts.record_whip + counts.member_review;
  backToQueue(formData, { found: String(found), settled: String(counts.settled) });
}

export async function dismissAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor(QUEUE);
  const parsed = parseForm(dismissSuggestionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { id, note } = parsed.data;
  const result = getDb().transaction((tx) => dismissSuggestion(tx, id, { actor: { id: editor.id, label: editor.email }, note }));
  return finish(result, parsed.values, formData, id);
}

export async function confirmDepartureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor(QUEUE);
  const parsed = parseForm(confirmDepartureSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { id, endReason, source, note } = parsed.data;
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => confirmDeparture(tx, id, { actor, note, endReason, sourceUrl: source }));
  return finish(result, parsed.values, formData, id);
}

export async function confirmRecordWhipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor(QUEUE);
  const parsed = parseForm(confirmRecordWhipSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { id, instruction, source, note } = parsed.data;
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) => confirmRecordWhip(tx, id, { actor, note, instruction, sourceUrl: source }));
  return finish(result, parsed.values, formData, id);
}

export async function confirmMemberReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor(QUEUE);
  const parsed = parseForm(confirmMemberReviewSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { id, note } = parsed.data;
  const result = getDb().transaction((tx) => confirmMemberReview(tx, id, { actor: { id: editor.id, label: editor.email }, note }));
  return finish(result, parsed.values, formData, id);
}

export async function markReportDoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor(QUEUE);
  const parsed = parseForm(markReportDoneSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { id, note } = parsed.data;
  const result = getDb().transaction((tx) => markReportDone(tx, id, { actor: { id: editor.id, label: editor.email }, note }));
  return finish(result, parsed.values, formData, id);
}
