'use client';

import { useActionState } from 'react';
import { FormMessage, TextArea, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { MAX_REPORT_LENGTH } from '@/lib/validation/suggestions';
import { sendReport } from './actions';

// A plain form: it posts and answers without JavaScript too (the server action renders the page again with its state).
export function ReportForm({ page }: { page: string }) {
  const [state, action] = useActionState(sendReport, IDLE);
  if (state.status === 'saved') {
    return (
      <div role="status" className="max-w-3xl border-l-8 border-aye bg-aye-tint p-4 text-lg font-semibold">
        {state.message}
      </div>
    );
  }
  return (
    <form action={action} className="max-w-3xl space-y-5" aria-label="Report a mistake or add a source" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="page" value={page} />
      <TextArea
        name="message"
        label="What is wrong, or what does the source show?"
        hint={`Say which vote, person or statement you mean. Up to ${MAX_REPORT_LENGTH.toLocaleString('en-GB')} characters.`}
        rows={6}
        state={state}
      />
      <TextField
        name="source"
        label="A source (optional)"
        hint="The web address of a page that shows it, starting with http:// or https://."
        type="url"
        state={state}
      />
      {/* The honeypot: out of sight and out of the accessibility tree and tab order, so only robots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">Leave this empty</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
    </form>
  );
}
