'use client';

import Link from 'next/link';
import { useActionState, type FormEvent } from 'react';
import { FormMessage, TextField } from '@/components/forms/fields';
import { FileField } from '@/components/forms/file-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { uploadDivision, type UploadState, type UploadSummary } from './actions';

/**
 * The upload form. `maxFileBytes` and `tooLargeMessage` are the server's own limit and words (lib/validation/divisions.ts),
 * passed down by the page so that the browser says the same before sending.
 */
export function UploadForm({ maxFileBytes, tooLargeMessage }: { maxFileBytes: number; tooLargeMessage: string }) {
  const [state, action] = useActionState<UploadState, FormData>(uploadDivision, IDLE);
  // The browser's own validation bubbles are off (noValidate: errors show beside their fields, as the server
  // gives them); a file FileField found too large is still not sent, and the focus goes to it.
  const refuseInvalid = (event: FormEvent<HTMLFormElement>) => {
    if (event.currentTarget.checkValidity()) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLElement>(':invalid')?.focus();
  };
  return (
    <div className="space-y-6">
      {state.summary ? <UploadResult summary={state.summary} message={state.message} /> : null}
      <form action={action} onSubmit={refuseInvalid} className="max-w-3xl space-y-5" aria-label="Upload a division file" noValidate>
        {state.status === 'saved' ? null : <FormMessage state={state} />}
        <FileField
          name="file"
          label="Division file (JSON)"
          hint="The record as Commons Votes publishes it: votes.parliament.uk, or commonsvotes-api.parliament.uk/data/division/1666.json."
          state={state}
          accept=".json,application/json"
          maxBytes={maxFileBytes}
          tooLargeMessage={tooLargeMessage}
        />
        <TextField name="reason" state={state} label="Why you are making this change (optional)" hint="Kept in the history with your change." />
        <SubmitButton pendingLabel="Loading…">Upload and load the division</SubmitButton>
      </form>
    </div>
  );
}

function UploadResult({ summary, message }: { summary: UploadSummary; message?: string }) {
  const admin = `/admin/divisions/${summary.divisionId}`;
  return (
    <section role="status" aria-labelledby="upload-result-heading" className="max-w-3xl space-y-3 border-l-8 border-aye bg-aye-tint p-4">
      <h2 id="upload-result-heading" className="text-2xl">
        {message}
      </h2>
      <pre className="overflow-x-auto bg-surface p-3 text-sm whitespace-pre-wrap">{summary.lines.join('\n')}</pre>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 font-semibold">
        <li>
          <Link href={admin}>Open division {summary.officialId}</Link>
        </li>
        <li>
          <Link href={`${admin}/whips`}>Set its whips</Link>
        </li>
        <li>
          <Link href={`/divisions/${summary.officialId}`}>See the public page</Link>
        </li>
      </ul>
      {summary.status === 'new' && summary.revisionId !== null ? (
        <p className="text-sm">
          Loaded as change #{summary.revisionId}. To take the upload back, undo that change from the division&rsquo;s history:
          the division and its votes go with it.
        </p>
      ) : null}
      {summary.conflicts > 0 ? (
        <p className="text-sm">
          An editor&rsquo;s correction stands against the official record until an editor changes it. To take the
          record&rsquo;s vote instead, correct the vote on <Link href={`${admin}/votes`}>the division&rsquo;s votes page</Link>.
        </p>
      ) : null}
      {summary.status === 'changed' && summary.revisionId !== null ? (
        <p className="text-sm">
          What it replaced is kept in the division&rsquo;s history (up to change #{summary.revisionId}), where the correction
          can be undone.
        </p>
      ) : null}
    </section>
  );
}
