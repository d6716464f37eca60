'use client';

import { useActionState } from 'react';
import { ConflictTable, FormMessage, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { DateField } from '@/components/forms/date-field';
import { Picker } from '@/components/forms/picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, valueOrCurrent } from '@/lib/forms/form-state';
import { saveStance } from './actions';

type Option = { value: string; label: string };

const FIELDS = [
  { name: 'person', label: 'Person' },
  { name: 'party', label: 'Party' },
  { name: 'speaker', label: 'Speaker' },
  { name: 'topic', label: 'Topic' },
  { name: 'position', label: 'Position' },
  { name: 'label', label: 'Short label' },
  { name: 'quote', label: 'Quote' },
  { name: 'statedOn', label: 'Date said' },
  { name: 'said', label: 'Before or after the vote' },
  { name: 'kind', label: 'Kind' },
  { name: 'sourceUrl', label: 'Source' },
  { name: 'sourceTitle', label: 'Source title' },
  { name: 'sourceOutlet', label: 'Published by' },
  { name: 'confidence', label: 'Confidence' },
  { name: 'note', label: 'Public note' },
  { name: 'editorNote', label: 'Editors’ note' },
];

const TIMINGS: Option[] = [
  { value: 'before', label: 'Before the vote: a promise it can be held to' },
  { value: 'after', label: 'After the vote: explaining it' },
  { value: 'unknown', label: 'Not known from the source' },
];

const POSITIONS: Option[] = [
  { value: 'supports', label: 'Supports' },
  { value: 'opposes', label: 'Opposes' },
  { value: 'mixed', label: 'Mixed' },
  { value: 'other', label: 'Other (neither: no said-vs-did verdict)' },
];

const KINDS: Option[] = [
  { value: 'statement', label: 'Statement' },
  { value: 'letter', label: 'Letter' },
  { value: 'social_post', label: 'Social media post' },
  { value: 'speech', label: 'Speech' },
  { value: 'interview', label: 'Interview' },
];

const CONFIDENCE: Option[] = [
  { value: 'high', label: 'High: their own words in a reliable source' },
  { value: 'medium', label: 'Medium: reported by others' },
  { value: 'low', label: 'Low: a weak source; the page warns readers' },
];

export function StanceForm({ id, initial, topics, parties }: { id?: number; initial: Record<string, string>; topics: Option[]; parties: Option[] }) {
  const [state, action] = useActionState(saveStance, IDLE);
  const field = (name: string) => ({ name, state, initial: initial[name] });
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label={id ? 'Edit stance' : 'New stance'} noValidate>
      <FormMessage state={state} />
      <ConflictTable state={state} fields={FIELDS} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={valueOrCurrent(state, 'version', initial.version)} />
      <Picker {...field('person')} label="Person" kind="person" hint="Type a name or a Parliament member id. Leave empty for a party line." />
      <SelectField {...field('party')} label="Party (for a party line)" blank="None" options={parties} hint="For words said on a party’s behalf, with no person." />
      <TextField {...field('speaker')} label="Speaker (optional)" hint="Who the source says spoke, e.g. “Labour Party spokesperson”. Leave empty to use the person’s name." />
      <SelectField {...field('topic')} label="Topic" blank="Choose…" options={topics} />
      <SelectField {...field('position')} label="Position" blank="Choose…" options={POSITIONS} hint="On the topic as its title puts it." />
      <TextField {...field('label')} label="Short label" hint="What they said in a few words, e.g. supports an immediate ceasefire." />
      <TextArea {...field('quote')} label="Quote (optional)" hint="Their exact words, without quotation marks." rows={4} />
      <DateField {...field('statedOn')} label="Date said (optional)" hint="When they said it" />
      <SelectField
        {...field('said')}
        label="Said before or after the vote?"
        options={TIMINGS}
        hint="On the day of a vote the topic is linked to, whether the words came before or after it. Only words said before a vote count as a promise kept or broken; on other days the dates decide."
      />
      <SelectField {...field('kind')} label="Kind" blank="Choose…" options={KINDS} />
      <TextField {...field('sourceUrl')} label="Source" type="url" hint="The web address where the words can be read or heard." />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field('sourceTitle')} label="Source title (optional)" hint="The headline or title, as published." />
        <TextField {...field('sourceOutlet')} label="Published by (optional)" hint="e.g. BBC News. Leave empty to name the site." />
      </div>
      <SelectField {...field('confidence')} label="Confidence" options={CONFIDENCE} />
      <TextArea {...field('note')} label="Public note (optional)" rows={3} hint="Shown with the quote: context a reader needs." />
      <TextArea {...field('editorNote')} label="Editors’ note (optional)" rows={3} hint="Research notes for editors only: never shown on the site, in downloads or in the API." />
      <TextField {...field('reason')} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>{id ? 'Save stance' : 'Create stance'}</SubmitButton>
    </form>
  );
}
