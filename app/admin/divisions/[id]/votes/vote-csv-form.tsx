'use client';

import { useActionState } from 'react';
import { FormMessage, TextField, valueOf } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { pasteVotes } from './actions';

const EXAMPLE = 'member_id,vote,teller,proxy\n3924,aye,,\n4357,aye,yes,\n172,absent,,';

export function VoteCsvForm({ divisionId }: { divisionId: number }) {
  const [state, action] = useActionState(pasteVotes, IDLE);
  const errors = state.fieldErrors?.csv;
  const value = valueOf(state, 'csv');
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label="Paste votes" noValidate>
      <FormMessage state={{ ...state, fieldErrors: errors ? { csv: [`${errors.length > 1 ? 'Problems' : 'A problem'} in the CSV: see beside it.`] } : state.fieldErrors }} />
      <input type="hidden" name="divisionId" value={divisionId} />
      {/* The CSV's problems are a list, one a line, rather than the one sentence other fields get. */}
      <div className={`space-y-1 ${errors ? 'border-l-4 border-no pl-3' : ''}`}>
        <label htmlFor="field-csv" className="block font-semibold">
          Votes (CSV)
        </label>
        <p id="hint-csv" className="text-sm text-muted">
          A header line, then one member a line: member_id (the Parliament member id), vote (aye, no, both or absent), and
          optionally teller (yes or empty) and proxy (who cast it).
        </p>
        {errors ? (
          <ul id="error-csv" className="list-disc space-y-1 pl-5 font-semibold text-no">
            {errors.map((message) => (
              <li key={message}>
                <span className="sr-only">Error: </span>
                {message}
              </li>
            ))}
          </ul>
        ) : null}
        <textarea
          id="field-csv"
          name="csv"
          rows={12}
          key={value}
          defaultValue={value}
          placeholder={EXAMPLE}
          spellCheck={false}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`hint-csv${errors ? ' error-csv' : ''}`}
          className="block w-full border-2 border-ink bg-surface px-2 py-1.5 font-mono text-sm aria-[invalid=true]:border-4 aria-[invalid=true]:border-no"
        />
      </div>
      <TextField name="reason" state={state} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
      <SubmitButton>Save votes</SubmitButton>
    </form>
  );
}
