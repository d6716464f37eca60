'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { DateField } from '@/components/forms/date-field';
import { Picker } from '@/components/forms/picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { saveMembership } from './actions';

type Option = { value: string; label: string };

const FIELDS = [
  { name: 'person', label: 'Person' },
  { name: 'house', label: 'House' },
  { name: 'party', label: 'Party' },
  { name: 'constituency', label: 'Constituency' },
  { name: 'startDate', label: 'Started' },
  { name: 'endDate', label: 'Ended' },
  { name: 'endReason', label: 'How it ended' },
  { name: 'datesBasis', label: 'Where the dates come from' },
  { name: 'sources', label: 'Sources' },
];

const END_REASONS = ['whip suspended', 'whip restored', 'changed party', 'general election', 'stood down', 'lost seat', 'resigned seat', 'recalled', 'died', 'appointed to the Lords'];

// `record` (seen in the division records) is the importer's, recomputed from the votes: an editor who saves such a
// membership vouches for it, so it becomes official or editor.
const DATE_BASES: Option[] = [
  { value: 'official', label: 'Official: from Parliament’s records' },
  { value: 'editor', label: 'Editor: from news reports or other sources' },
];

export function MembershipForm({
  id,
  initial,
  parties,
  constituencies,
}: {
  id?: number;
  initial: Record<string, string>;
  parties: Option[];
  constituencies: Option[];
}) {
  const [state, action] = useActionState(saveMembership, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit membership' : 'New membership'} noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <Picker {...field('person')} label="Person" kind="person" />
      <SelectField
        {...field('house')}
        label="House"
        options={[
          { value: 'commons', label: 'House of Commons' },
          { value: 'lords', label: 'House of Lords' },
        ]}
      />
      <SelectField {...field('party')} label="Party" blank="Choose…" options={parties} hint="A suspended whip starts a new period as Independent." />
      <SelectField {...field('constituency')} label="Constituency" blank="None (Lords, or not known)" options={constituencies} hint="Seats are listed with their boundary period." />
      <div className="grid gap-5 sm:grid-cols-2">
        <DateField {...field('startDate')} label="Started" />
        <DateField {...field('endDate')} label="Ended (optional)" hint="Leave empty if the period runs on" />
      </div>
      <TextField {...field('endReason')} label="How it ended (optional)" hint="In a few words, e.g. whip suspended." list="membership-end-reasons" />
      <datalist id="membership-end-reasons">
        {END_REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <SelectField {...field('datesBasis')} label="Where the dates come from" options={DATE_BASES} />
      <TextArea {...field('sources')} label="Sources" hint="One web address a line; add a note after “ - ” if useful." rows={3} />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save membership' : 'Create membership'}</SubmitButton>
    </form>
  );
}
