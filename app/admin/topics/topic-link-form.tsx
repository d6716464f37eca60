'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, TextField } from '@/components/forms/fields';
import { Picker } from '@/components/forms/picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { addTopicLink } from './actions';

/** Links a division to the topic: a division picker and the lobby that supports the topic. */
export function TopicLinkForm({ topicId }: { topicId: number }) {
  const [state, action] = useActionState(addTopicLink, IDLE);
  return (
    <form action={action} className="max-w-3xl space-y-5 border-2 border-line p-4" aria-label="Link a division" noValidate>
      <h3 className="text-xl">Link a division</h3>
      <FormMessage state={state} />
      <input type="hidden" name="topicId" value={topicId} />
      <Picker name="division" label="Division" kind="division" state={state} />
      <SelectField
        name="supportingLobby"
        label="Supporting lobby"
        state={state}
        blank="Choose…"
        options={[
          { value: 'aye', label: 'Aye: voting aye supports the topic' },
          { value: 'no', label: 'No: voting no supports the topic' },
        ]}
        hint="Which way a member voted to support the topic as its title puts it."
      />
      <TextField name="reason" state={state} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>Link division</SubmitButton>
    </form>
  );
}
