'use client';

import { useActionState } from 'react';
import { DateField } from '@/components/forms/date-field';
import { ConflictTable, FormMessage, SelectField, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { savePerson } from './actions';

const FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'sortName', label: 'Sort name' },
  { name: 'parliamentId', label: 'Parliament member id' },
  { name: 'twfyId', label: 'TheyWorkForYou id' },
  { name: 'slug', label: 'Slug' },
  { name: 'postsKnown', label: 'Posts known' },
  { name: 'postsKnownOn', label: 'Posts known up to' },
];

const POSTS_KNOWN = [
  { value: '', label: 'Not known: no post recorded does not mean none held' },
  { value: 'editor', label: 'Known: I have checked that the posts recorded are all they held' },
  { value: 'official', label: 'Known: imported from the official record (Members API)' },
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
      <fieldset className="space-y-4 border-2 border-line p-4">
        <legend className="px-1 font-semibold">Posts</legend>
        <p className="text-sm text-muted">
          Only a member whose posts are known is called a backbencher when they hold none; for anyone else the site says
          &ldquo;no post recorded&rdquo;.
        </p>
        <SelectField {...field('postsKnown')} label="Are their posts known?" options={POSTS_KNOWN} />
        <DateField {...field('postsKnownOn')} label="Known up to (optional)" hint="The last day the posts are known for. Leave empty for up to now" />
      </fieldset>
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save person' : 'Create person'}</SubmitButton>
    </form>
  );
}
