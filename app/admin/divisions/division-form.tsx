'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { DateField } from '@/components/forms/date-field';
import { ConflictTable, FormMessage, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { saveDivision, type DivisionFormState } from './actions';

const FIELDS = [
  { name: 'house', label: 'House' },
  { name: 'heldAt', label: 'Date and time' },
  { name: 'number', label: 'Number in the session' },
  { name: 'officialId', label: 'Official id' },
  { name: 'officialTitle', label: 'Official title' },
  { name: 'shortTitle', label: 'Short title' },
  { name: 'motionText', label: 'Motion or amendment text' },
  { name: 'motionTextSource', label: 'Source of the text' },
  { name: 'movedBy', label: 'Moved by' },
  { name: 'ayeCount', label: 'Ayes (official count)' },
  { name: 'noCount', label: 'Noes (official count)' },
  { name: 'resultText', label: 'Result' },
  { name: 'isDeferred', label: 'Deferred division' },
  { name: 'hansardUrl', label: 'Hansard web address' },
  { name: 'hansardReference', label: 'Hansard reference' },
  { name: 'sources', label: 'Sources' },
];

const HOUSE_OPTIONS = [
  { value: 'commons', label: 'House of Commons' },
  { value: 'lords', label: 'House of Lords' },
];

export function DivisionForm({ id, initial }: { id?: number; initial: Record<string, string> }) {
  const [state, action] = useActionState<DivisionFormState, FormData>(saveDivision, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit division' : 'New division'} noValidate>
      <FormMessage state={state} />
      {state.duplicate ? (
        <p className="font-semibold">
          <Link href={state.duplicate.href}>{state.duplicate.text}</Link>
        </p>
      ) : null}
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {/* After a conflict, saving again means "keep mine": the version becomes the one now saved. */}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField {...field('house')} label="House" options={HOUSE_OPTIONS} />
        <DateField {...field('heldAt')} label="Date and time" withTime hint="UK time, as the record gives it" />
        <TextField {...field('number')} label="Number in the session" type="number" hint="The division’s number in the parliamentary session, as Commons Votes gives it." />
      </div>
      <TextField
        {...field('officialId')}
        label="Official id (optional)"
        type="number"
        hint="The DivisionId in Commons Votes, e.g. 1666 for votes.parliament.uk/votes/commons/division/1666."
      />
      <TextField {...field('officialTitle')} label="Official title" hint="As the record gives it." />
      <TextField {...field('shortTitle')} label="Short title (optional)" hint="Plain words for the public pages." />
      <TextArea {...field('motionText')} label="Motion or amendment text (optional)" rows={6} />
      <TextField {...field('motionTextSource')} label="Source of the text (optional)" hint="A web address, then a note if useful." />
      <TextField {...field('movedBy')} label="Moved by (optional)" />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field('ayeCount')} label="Ayes (official count)" type="number" hint="Tellers not included." />
        <TextField {...field('noCount')} label="Noes (official count)" type="number" hint="Tellers not included." />
      </div>
      <TextField {...field('resultText')} label="Result (optional)" hint="e.g. Negatived (amendment rejected), majority 168." />
      <CheckboxField {...field('isDeferred')} label="Deferred division" hint="Voted on paper later rather than in the lobbies." />
      <TextField {...field('hansardUrl')} label="Hansard web address (optional)" type="url" />
      <TextField {...field('hansardReference')} label="Hansard reference (optional)" hint="e.g. HC Deb 15 November 2023, col. 674." />
      <TextArea {...field('sources')} label="Sources" hint="One web address a line; add a note after “ - ” if useful." rows={4} />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save division' : 'Create division'}</SubmitButton>
    </form>
  );
}
