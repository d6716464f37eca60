'use client';

import { useState, type ChangeEvent } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { describedBy, FieldFrame } from './fields';

// A file input in the style of fields.tsx. Browsers never let a page refill a file input, so after a
// failed upload the hint says which file was refused and the editor chooses it (or a fixed one) again.
//
// With `maxBytes`, the browser checks the chosen file's size before anything is sent: a file over it shows
// `tooLargeMessage` where the server's errors go and marks the input invalid (setCustomValidity), so that a
// form which checks its validity on submit (the division upload) does not send it. Without JavaScript the
// server makes the same check and gives the same message.

export function FileField({
  name,
  label,
  hint,
  state,
  accept,
  maxBytes,
  tooLargeMessage,
}: {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  accept?: string;
  maxBytes?: number;
  tooLargeMessage?: string;
}) {
  const [chosenError, setChosenError] = useState<string | null>(null);
  const shown: FormState = chosenError ? { ...state, fieldErrors: { ...state.fieldErrors, [name]: [chosenError] } } : state;

  const checkSize = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    const message =
      maxBytes !== undefined && file && file.size > maxBytes ? (tooLargeMessage ?? `The file is too large (at most ${maxBytes} bytes)`) : null;
    input.setCustomValidity(message ?? '');
    setChosenError(message);
  };

  return (
    <FieldFrame name={name} label={label} hint={hint} state={shown}>
      <input
        id={`field-${name}`}
        name={name}
        type="file"
        accept={accept}
        onChange={maxBytes !== undefined ? checkSize : undefined}
        aria-invalid={shown.fieldErrors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, hint, shown)}
        className="block w-full border-2 border-ink bg-surface px-2 py-1.5 file:mr-3 file:border-2 file:border-ink file:bg-paper file:px-2 file:py-1 file:font-semibold aria-[invalid=true]:border-4 aria-[invalid=true]:border-no"
      />
    </FieldFrame>
  );
}
