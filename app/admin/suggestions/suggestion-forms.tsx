'use client';

import { Fragment, useActionState, type ReactNode } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import {
  confirmDepartureAction,
  confirmMemberReviewAction,
  confirmRecordWhipAction,
  dismissAction,
  markReportDoneAction,
} from './actions';

// The answers to one suggestion. Many suggestions share the page, so every field's id carries the suggestion's.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };

const inputClass = 'block w-full border-2 border-ink bg-surface px-2 py-1.5 text-ink aria-[invalid=true]:border-4 aria-[invalid=true]:border-no';

function Field({
  form,
  name,
  label,
  hint,
  state,
  children,
}: {
  form: string;
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  children: (props: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string; defaultValue: string }) => ReactNode;
}) {
  const id = `${form}-${name}`;
  const errors = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const value = state.values?.[name] ?? '';
  return (
    <div className={`space-y-1 ${errors ? 'border-l-4 border-no pl-3' : ''}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`${id}-error`} className="font-semibold text-no">
          <span className="sr-only">Error: </span>
          {errors.join(' ')}
        </p>
      ) : null}
      {/* A new key shows the submitted value after a failed save, not the old DOM value. */}
      <Fragment key={value}>{children({ id, name, 'aria-invalid': errors ? true : undefined, 'aria-describedby': describedBy, defaultValue: value })}</Fragment>
    </div>
  );
}

function Problem({ state }: { state: FormState }) {
  if (state.status === 'idle' || !state.message) return null;
  return (
    <p role="alert" className="border-l-4 border-no pl-3 font-semibold text-no">
      {state.message}
    </p>
  );
}

function AnswerForm({
  action,
  label,
  id,
  returnTo,
  children,
  submit,
  variant = 'primary',
}: {
  action: Action;
  label: string;
  id: number;
  returnTo: string;
  children: (state: FormState, form: string) => ReactNode;
  submit: string;
  variant?: 'primary' | 'secondary';
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const form = `s${id}-${submit.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <form action={formAction} aria-label={label} className="space-y-3 border-2 border-line p-3" noValidate>
      <Problem state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {children(state, form)}
      <SubmitButton variant={variant} pendingLabel="Saving…">
        {submit}
      </SubmitButton>
    </form>
  );
}

const noteField = (state: FormState, form: string, label = 'Note (optional)', hint?: string) => (
  <Field form={form} name="note" label={label} hint={hint} state={state}>
    {(props) => <input type="text" autoComplete="off" className={inputClass} {...props} />}
  </Field>
);

export function DismissForm({ id, returnTo, what }: { id: number; returnTo: string; what: string }) {
  return (
    <AnswerForm action={dismissAction} label={`Dismiss ${what}`} id={id} returnTo={returnTo} submit="Dismiss" variant="secondary">
      {(state, form) => noteField(state, form, 'Why dismiss it (optional)', 'Kept with the suggestion; a later scan never files it again.')}
    </AnswerForm>
  );
}

const END_REASONS: Option[] = [
  { value: 'resigned', label: 'Resigned' },
  { value: 'sacked', label: 'Sacked' },
  { value: 'unknown', label: 'Not known (sources disagree or say nothing)' },
];

export function ConfirmDepartureForm({ id, returnTo, what, recordedReason }: { id: number; returnTo: string; what: string; recordedReason: string }) {
  return (
    <AnswerForm action={confirmDepartureAction} label={`Confirm ${what}`} id={id} returnTo={returnTo} submit="Confirm: left over this vote">
      {(state, form) => (
        <>
          <Field form={form} name="endReason" label="How it ended" hint="Only if a source says so: a post left over a vote is not assumed to be a resignation." state={state}>
            {(props) => (
              <select className={inputClass} {...props}>
                <option value="">Leave as recorded ({recordedReason})</option>
                {END_REASONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="source" label="Source (optional)" hint="A web address that says the post was left over this vote; added to the post’s sources." state={state}>
            {(props) => <input type="url" autoComplete="off" className={inputClass} {...props} />}
          </Field>
          {noteField(state, form, 'Why (optional)', 'Kept in the history with the change.')}
        </>
      )}
    </AnswerForm>
  );
}

const INSTRUCTIONS: Option[] = [
  { value: 'aye', label: 'Vote for (aye)' },
  { value: 'no', label: 'Vote against (no)' },
  { value: 'abstain', label: 'Abstain' },
  { value: 'free', label: 'Free vote' },
];

export function ConfirmRecordWhipForm({ id, returnTo, what }: { id: number; returnTo: string; what: string }) {
  return (
    <AnswerForm action={confirmRecordWhipAction} label={`Record ${what}`} id={id} returnTo={returnTo} submit="Record this whip">
      {(state, form) => (
        <>
          <Field form={form} name="instruction" label="Whip" state={state}>
            {(props) => (
              <select className={inputClass} {...props}>
                <option value="">Choose…</option>
                {INSTRUCTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={form} name="source" label="Source" hint="The web address of a source that reports the whip (saved as a reported whip)." state={state}>
            {(props) => <input type="url" autoComplete="off" className={inputClass} {...props} />}
          </Field>
          {noteField(state, form, 'Why (optional)', 'Kept in the history with the change.')}
        </>
      )}
    </AnswerForm>
  );
}

export function ConfirmMemberReviewForm({ id, returnTo, what }: { id: number; returnTo: string; what: string }) {
  return (
    <AnswerForm action={confirmMemberReviewAction} label={`Mark ${what} as reviewed`} id={id} returnTo={returnTo} submit="Mark as reviewed">
      {(state, form) => noteField(state, form, 'Note (optional)', 'Kept in the history with the change.')}
    </AnswerForm>
  );
}

export function MarkReportDoneForm({ id, returnTo }: { id: number; returnTo: string }) {
  return (
    <AnswerForm action={markReportDoneAction} label={`Mark report ${id} done`} id={id} returnTo={returnTo} submit="Mark done">
      {(state, form) => noteField(state, form, 'What you changed', 'For example: “Corrected the end date of her post; change #123.”')}
    </AnswerForm>
  );
}
