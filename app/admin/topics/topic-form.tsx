'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, TextArea, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { saveTopic } from './actions';

const FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'slug', label: 'Slug' },
  { name: 'description', label: 'Description' },
];

export function TopicForm({ id, initial }: { id?: number; initial: Record<string, string> }) {
  const [state, action] = useActionState(saveTopic, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit topic' : 'New topic'} noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <TextField {...field('title')} label="Title" hint="A question people take sides on, e.g. Gaza: immediate ceasefire." />
      <TextField {...field('slug')} label="Slug (optional)" hint="The short name in web addresses, e.g. gaza-immediate-ceasefire. Leave empty to make it from the title." />
      <TextArea
        {...field('description')}
        label="Description (optional)"
        hint="What supporting means, and which votes bear on it, in plain words."
        rows={5}
      />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save topic' : 'Create topic'}</SubmitButton>
    </form>
  );
}
