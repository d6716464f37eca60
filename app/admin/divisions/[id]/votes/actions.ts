'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { correctVote, writeVoteEntries } from '@/db/mutations/vote-corrections';
import { resolvePerson } from '@/db/queries/lookup';
import { requireEditor } from '@/lib/auth/server';
import { conflict, invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { describeVoteCsvProblem, parseVoteCsv, type VoteCsvProblem } from '@/lib/import/vote-csv';
import { revalidatePublicPages } from '@/lib/revalidate';
import { voteCorrectionFormSchema, voteCsvFormSchema } from '@/lib/validation/votes';

const MAX_SHOWN = 30;

/** Every problem, one a line, up to a screenful. */
function problemMessages(problems: ReadonlyArray<VoteCsvProblem>): string[] {
  const shown = problems.slice(0, MAX_SHOWN).map((p) => `${describeVoteCsvProblem(p)}.`);
  const more = problems.length - shown.length;
  return more > 0 ? [...shown, `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`] : shown;
}

const nothingWritten = (n: number) => `The CSV has ${n === 1 ? 'a problem' : `${n} problems`}: nothing was written. Fix ${n === 1 ? 'it' : 'them'} and save again.`;

function divisionIdOf(formData: FormData): number | null {
  const id = Number(formData.get('divisionId'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** A pasted list of votes: every line checked first, then all written as one revision, or none. */
export async function pasteVotes(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(voteCsvFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const divisionId = divisionIdOf(formData);
  if (divisionId === null) return invalid(values, {}, 'This division cannot be found.');

  const { rows, problems } = parseVoteCsv(data.csv);
  // A problem with the paste as a whole (no header, too many rows) stops here; line problems are
  // reported with the database's, so that the editor sees them all at once.
  if (problems.some((p) => p.line === null || p.line === 1)) return invalid(values, { csv: problemMessages(problems) }, nothingWritten(problems.length));
  const entries = rows.map((r) => ({ line: r.line, memberId: r.member_id, position: r.vote, isTeller: r.teller, proxyName: r.proxy }));
  const actor = { id: editor.id, label: editor.email };
  const result = getDb().transaction((tx) =>
    writeVoteEntries(tx, divisionId, entries, { actor, reason: data.reason ?? 'Votes pasted as CSV', problemsSoFar: problems }),
  );
  if (result.status === 'not_found') return invalid(values, {}, 'This division has been deleted since you opened it.');
  if (result.status === 'invalid') return invalid(values, { csv: problemMessages(result.problems) }, nothingWritten(result.problems.length));

  revalidatePublicPages({ divisionIds: [divisionId], personIds: result.personIds });
  redirect(`/admin/divisions/${divisionId}/votes?pasted=${rows.length}&changed=${result.changed}`);
}

/** One member's vote corrected: position, teller and proxy. */
export async function saveVoteCorrection(_previous: FormState, formData: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const parsed = parseForm(voteCorrectionFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { data, values } = parsed;
  const divisionId = divisionIdOf(formData);
  if (divisionId === null) return invalid(values, {}, 'This division cannot be found.');
  const person = resolvePerson(data.member);
  if (!person.ok) return invalid(values, { member: [person.message] });

  const actor = { id: editor.id, label: editor.email };
  const vote = { position: data.position, isTeller: data.isTeller, proxyName: data.proxyName };
  const result = getDb().transaction((tx) =>
    correctVote(tx, divisionId, person.id, vote, { actor, reason: data.reason, expectedVersion: data.version }),
  );
  if (result.status === 'not_found') return invalid(values, {}, 'This division has been deleted since you opened it.');
  if (result.status === 'conflict') {
    const { current } = result;
    return conflict(values, { ...current, member: values.member ?? '', isTeller: current.isTeller ? 'yes' : '', proxyName: current.proxyName ?? '' });
  }
  if (result.status === 'invalid') return invalid(values, { member: result.problems.map((p) => `${describeVoteCsvProblem(p)}.`) });

  revalidatePublicPages({ divisionIds: [divisionId], personIds: result.personIds });
  redirect(`/admin/divisions/${divisionId}/votes?corrected=${person.id}&changed=${result.changed}#correct`);
}
