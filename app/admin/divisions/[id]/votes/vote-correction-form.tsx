'use client';

import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { ConflictTable, FormMessage, SelectField, TextField } from '@/components/forms/fields';
import { Picker } from '@/components/forms/picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { VOTE_POSITION_OPTIONS } from '@/lib/view/vote-options';
import { saveVoteCorrection } from './actions';

const CONFLICT_FIELDS = [
  { name: 'position', label: 'Vote' },
  { name: 'isTeller', label: 'Teller' },
  { name: 'proxyName', label: 'Proxy' },
];

export function VoteCorrectionForm({ divisionId, initial }: { divisionId: number; initial: Record<string, string> }) {
  const [state, action] = useActionState(saveVoteCorrection, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label="Correct a vote" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="divisionId" value={divisionId} />
      {/* After a conflict the version becomes the vote as now saved, so that saving again keeps the editor's. */}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <ConflictTable state={state} fields={CONFLICT_FIELDS} />
      <Picker {...field('member')} label="Member" kind="person" />
      <SelectField {...field('position')} label="Vote" blank="Choose…" options={VOTE_POSITION_OPTIONS} />
      <CheckboxField {...field('isTeller')} label="Teller" hint="Told for the lobby they voted in; tellers are not in the official counts." />
      <TextField {...field('proxyName')} label="Proxy (optional)" hint="The member who cast this vote by proxy, as recorded." />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>Save vote</SubmitButton>
    </form>
  );
}
