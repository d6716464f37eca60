'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { TextField } from '@/components/forms/fields';
import { FileField } from '@/components/forms/file-field';
import { IDLE } from '@/lib/forms/form-state';
import { loadBulkFile, type BulkState, type BulkSummary } from './actions';

type KindOption = { kind: 'whips' | 'posts' | 'statements'; label: string; templateHref: string };

/** The bulk form: the kind of file (kept after a refusal), the file, a reason, and "Check only" or "Check and load". */
export function BulkForm({ initialKind, kinds, maxFileBytes }: { initialKind: KindOption['kind']; kinds: KindOption[]; maxFileBytes: number }) {
  const [state, action] = useActionState<BulkState, FormData>(loadBulkFile, IDLE);
  const [kind, setKind] = useState(initialKind);
  const problemsRef = useRef<HTMLDivElement>(null);
  const chosen = kinds.find((k) => k.kind === kind) ?? kinds[0]!;
  // After a refusal the focus goes to the list of problems, so that a screen reader reads them first.
  useEffect(() => {
    if (state.status === 'invalid') problemsRef.current?.focus();
  }, [state]);
  return (
    <div className="space-y-6">
      {state.summary ? <BulkResult summary={state.summary} /> : null}
      {state.status === 'invalid' ? (
        <div ref={problemsRef} tabIndex={-1} role="alert" aria-labelledby="bulk-problems-heading" className="max-w-3xl space-y-2 border-l-8 border-no bg-no-tint p-4">
          <h2 id="bulk-problems-heading" className="text-2xl">
            {state.problems ? 'The file was refused' : 'There is a problem'}
          </h2>
          <p className="font-semibold">{state.message}</p>
          {state.problems ? (
            <ol aria-label={`Problems in ${state.fileName ?? 'the file'}`} className="list-decimal space-y-1 pl-6">
              {state.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          ) : (
            <ul className="list-disc pl-6">
              {Object.entries(state.fieldErrors ?? {}).map(([field, messages]) => (
                <li key={field}>
                  <a href={`#field-${field}`}>{messages.join(' ')}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <form action={action} className="max-w-3xl space-y-5" aria-label="Load a bulk file">
        <fieldset className="space-y-2" aria-describedby={state.fieldErrors?.kind ? 'error-kind' : undefined}>
          <legend className="font-semibold">What the file holds</legend>
          {state.fieldErrors?.kind ? (
            <p id="error-kind" className="font-semibold text-no">
              <span className="sr-only">Error: </span>
              {state.fieldErrors.kind.join(' ')}
            </p>
          ) : null}
          {kinds.map((k) => (
            <label key={k.kind} className="flex items-center gap-2">
              <input type="radio" name="kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} className="h-5 w-5" />
              {k.label}
            </label>
          ))}
        </fieldset>
        <p>
          <a href={chosen.templateHref} download>
            Download the template for {chosen.label.toLowerCase()} ({chosen.kind}.csv)
          </a>
          : the header row and one example line from the record.
        </p>
        <FileField
          name="file"
          label="CSV file"
          hint={
            state.fileName
              ? `${state.fileName} was refused: choose it again once fixed (a browser cannot keep a chosen file).`
              : 'Comma-separated, with the header row first, as the template. Save a spreadsheet as “CSV UTF-8”.'
          }
          state={state}
          accept=".csv,text/csv"
          maxBytes={maxFileBytes}
          tooLargeMessage={`The file is too large: a bulk file can be at most ${maxFileBytes / 1_000_000} MB`}
        />
        <TextField name="reason" state={state} label="Why you are making this change (optional)" hint="Kept in the history with the change." />
        <div className="flex flex-wrap gap-3">
          <IntentButton intent="check" variant="secondary">
            Check only
          </IntentButton>
          <IntentButton intent="write" variant="primary">
            Check and load
          </IntentButton>
        </div>
      </form>
    </div>
  );
}

/** A submit button that says which of the two the editor chose. */
function IntentButton({ intent, variant, children }: { intent: 'check' | 'write'; variant: 'primary' | 'secondary'; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  const colours = variant === 'primary' ? 'bg-aye text-on-fill hover:bg-aye-strong' : 'bg-paper text-ink hover:bg-line';
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={`border-2 border-ink px-4 py-2 font-semibold ${colours} disabled:opacity-70`}>
      {pending ? 'Checking…' : children}
    </button>
  );
}


function BulkResult({ summary }: { summary: BulkSummary }) {
  return (
    <section role="status" aria-labelledby="bulk-result-heading" className="max-w-3xl space-y-3 border-l-8 border-aye bg-aye-tint p-4">
      <h2 id="bulk-result-heading" className="text-2xl">
        {summary.isDryRun ? `Checked ${summary.fileName}: nothing was written` : `Loaded ${summary.fileName}`}
      </h2>
      <pre className="overflow-x-auto bg-surface p-3 text-sm whitespace-pre-wrap">{summary.lines.join('\n')}</pre>
      <p className="font-semibold">
        {summary.counts.new} new, {summary.counts.changed} changed, {summary.counts.unchanged} unchanged.
      </p>
      {summary.revisionId !== null ? (
        <p>
          Written as change #{summary.revisionId}, one change for the whole file.{' '}
          <Link href={`/admin/changes/${summary.revisionId}/undo?returnTo=${encodeURIComponent('/admin/bulk')}`}>Undo change #{summary.revisionId}</Link>
        </p>
      ) : (
        <p>{summary.outcome}</p>
      )}
    </section>
  );
}
