'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { saveWhipAction } from './actions';

const FIELDS = [
  { name: 'party', label: 'Party' },
  { name: 'instruction', label: 'Whip' },
  { name: 'strength', label: 'Strength' },
  { name: 'basis', label: 'Basis' },
  { name: 'note', label: 'Public note' },
  { name: 'editorNote', label: 'Editors’ note' },
  { name: 'sources', label: 'Sources' },
];

const INSTRUCTIONS = [
  { value: 'aye', label: 'Vote for (aye)' },
  { value: 'no', label: 'Vote against (no)' },
  { value: 'abstain', label: 'Abstain' },
  { value: 'free', label: 'Free vote' },
];
const STRENGTHS = [
  { value: '1', label: 'One-line' },
  { value: '2', label: 'Two-line' },
  { value: '3', label: 'Three-line' },
];
const BASES = [
  { value: 'reported', label: 'Reported: a source says so' },
  { value: 'inferred', label: 'Inferred: deduced, no source states it' },
];

export type PartyOption = { value: string; label: string };

export function WhipForm({ divisionId, parties, initial }: { divisionId: number; parties: PartyOption[]; initial: Record<string, string> }) {
  const [state, action] = useActionState(saveWhipAction, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label="Set a whip" noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      <input type="hidden" name="divisionId" value={divisionId} />
      {/* The version belongs to the party's whip the form was opened on; after a conflict, to the one now saved. */}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <input type="hidden" name="editingParty" value={valueOrCurrent(state, 'editingParty', initial.editingParty)} />
      <SelectField {...field('party')} label="Party" blank="Choose…" options={parties} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField {...field('instruction')} label="Whip" blank="Choose…" options={INSTRUCTIONS} />
        <SelectField {...field('strength')} label="Strength" blank="Not known" options={STRENGTHS} hint="A free vote has none: a strength chosen is cleared." />
        <SelectField {...field('basis')} label="Basis" blank="Choose…" options={BASES} />
      </div>
      <TextArea {...field('note')} label="Public note (optional)" rows={3} hint="Shown with the whip: what the sources say, especially where they disagree." />
      <TextArea {...field('editorNote')} label="Editors’ note (optional)" rows={3} hint="Research notes for editors only: never shown on the site, in downloads or in the API." />
      <TextArea {...field('sources')} label="Sources" hint="One web address a line; add a note after “ - ” if useful. A reported whip needs one." rows={3} />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>Save whip</SubmitButton>
    </form>
  );
}
