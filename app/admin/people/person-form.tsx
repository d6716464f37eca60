'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { savePerson } from './actions';

const FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'sortName', label: 'Sort name' },
  { name: 'parliamentId', label: 'Parliament member id' },
  { name: 'twfyId', label: 'TheyWorkForYou id' },
  { name: 'slug', label: 'Slug' },
];

export function PersonForm({ id, initial }: { id?: number; initial: Record<string, string> }) {
  const [state, action] = useActionState(savePerson, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit person' : 'New person'} noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <TextField {...field('name')} label="Name" hint="As Parliament gives it, e.g. Yasmin Qureshi." />
      <TextField {...field('sortName')} label="Sort name (optional)" hint="Surname first, e.g. “Qureshi, Yasmin”. Leave empty to make it from the name." />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field('parliamentId')} label="Parliament member id (optional)" hint="The number in the person’s members.parliament.uk address." />
        <TextField {...field('twfyId')} label="TheyWorkForYou id (optional)" hint="The number after ?p= in their TheyWorkForYou address." />
      </div>
      <TextField
        {...field('slug')}
        label="Slug (optional)"
        hint="The short name in web addresses, e.g. yasmin-qureshi. Leave empty to make it from the name."
      />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save person' : 'Create person'}</SubmitButton>
    </form>
  );
}
