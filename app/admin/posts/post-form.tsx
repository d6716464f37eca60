'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { DateField } from '@/components/forms/date-field';
import { Picker } from '@/components/forms/picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { POST_END_REASONS, POST_KINDS, POST_SIDES } from '@/db/schema/enums';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { POST_END_REASON_LABELS, POST_KIND_LABELS } from '@/lib/domain/describe';
import { savePost } from './actions';

const FIELDS = [
  { name: 'person', label: 'Person' },
  { name: 'title', label: 'Title' },
  { name: 'kind', label: 'Kind' },
  { name: 'side', label: 'Side' },
  { name: 'department', label: 'Department' },
  { name: 'startDate', label: 'Started' },
  { name: 'endDate', label: 'Ended' },
  { name: 'endReason', label: 'How it ended' },
  { name: 'endReasonNote', label: 'Note on how it ended' },
  { name: 'endedOverDivision', label: 'Ended over division' },
  { name: 'note', label: 'Public note' },
  { name: 'editorNote', label: 'Editors’ note' },
  { name: 'sources', label: 'Sources' },
];

export function PostForm({ id, initial }: { id?: number; initial: Record<string, string> }) {
  const [state, action] = useActionState(savePost, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit post' : 'New post'} noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {/* After a conflict, saving again means "keep mine": the version becomes the one now saved. */}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <Picker {...field('person')} label="Person" kind="person" />
      <TextField {...field('title')} label="Title of the post" hint="As the sources name it, e.g. Shadow Minister for Women and Equalities." />
      <SelectField {...field('kind')} label="Kind" blank="Choose…" options={POST_KINDS.map((k) => ({ value: k, label: POST_KIND_LABELS[k] }))} />
      <SelectField {...field('side')} label="Side" blank="Choose…" options={POST_SIDES.map((s) => ({ value: s, label: s === 'government' ? 'Government' : 'Opposition' }))} />
      <TextField {...field('department')} label="Department (optional)" />
      <div className="grid gap-5 sm:grid-cols-2">
        <DateField {...field('startDate')} label="Started (optional)" hint="Leave empty if not known" />
        <DateField {...field('endDate')} label="Ended" hint="Leave empty if still held" />
      </div>
      <SelectField
        {...field('endReason')}
        label="How it ended"
        blank="Still held / not ended"
        options={POST_END_REASONS.map((r) => ({ value: r, label: POST_END_REASON_LABELS[r] }))}
      />
      <TextArea {...field('endReasonNote')} label="Note on how it ended (optional)" hint="What the sources say, especially where they disagree." rows={3} />
      <Picker {...field('endedOverDivision')} label="Ended over a division (optional)" kind="division" />
      <TextArea {...field('note')} label="Public note (optional)" rows={3} hint="Shown with the post on the site." />
      <TextArea {...field('editorNote')} label="Editors’ note (optional)" rows={3} hint="Research notes for editors only: never shown on the site, in downloads or in the API." />
      <TextArea {...field('sources')} label="Sources" hint="One web address a line; add a note after “ - ” if useful." rows={4} />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save post' : 'Create post'}</SubmitButton>
    </form>
  );
}
