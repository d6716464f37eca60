'use client';

import { useState, useSyncExternalStore } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { DATE_HINT, readUkDate, readUkDateTime, toUkDateText } from '@/lib/validation/dates';
import { describedBy, FieldFrame, valueOf, type FieldProps } from './fields';

// A date as editors enter it. The field itself is a text input (GOV.UK's pattern): it takes 15/11/2023,
// 15.11.2023, "15 Nov 2023" or 2023-11-15, and after a failed save it shows exactly what was typed, which a
// browser's date input cannot (it shows only an ISO date, or nothing). Beside it, with JavaScript, the
// browser's own calendar (a native date input, usable from the keyboard) writes the chosen day into the text
// field; without JavaScript the text field alone does the job. A saved date shows as 15/11/2023.

const inputClass =
  'block w-full border-2 border-ink bg-surface px-2 py-1.5 text-ink aria-[invalid=true]:border-no aria-[invalid=true]:border-4';

const DATE_TIME_HINT = 'For example, 15/11/2023 19:14 (24-hour clock)';

/** The value the calendar shows for what is typed: an ISO date (or date and time), or empty. */
function pickerValue(text: string, withTime: boolean): string {
  if (withTime) {
    const reading = readUkDateTime(text);
    return reading.ok ? reading.value.slice(0, 16) : '';
  }
  const reading = readUkDate(text);
  return reading.ok ? reading.iso : '';
}

const noSubscription = () => () => {};

export function DateField(props: FieldProps & { withTime?: boolean }) {
  const { name, state, initial, withTime = false } = props;
  const submitted = state.values?.[name];
  // What the editor typed stays as typed; a saved ISO date shows the British way.
  const shown = submitted ?? toUkDateText(valueOf(state, name, initial));
  const hint = [withTime ? DATE_TIME_HINT : DATE_HINT, props.hint].filter(Boolean).join('. ');
  return (
    <FieldFrame {...props} hint={hint}>
      {/* The key starts the field afresh with the values of a new save. */}
      <DateInputs key={shown} name={name} hint={hint} state={state} shown={shown} withTime={withTime} />
    </FieldFrame>
  );
}

function DateInputs({
  name,
  hint,
  state,
  shown,
  withTime,
}: {
  name: string;
  hint: string;
  state: FormState;
  shown: string;
  withTime: boolean;
}) {
  const [text, setText] = useState(shown);
  // The calendar needs JavaScript to write into the field, so it shows only once the page runs it.
  const hasScript = useSyncExternalStore(noSubscription, () => true, () => false);
  const invalid = state.fieldErrors?.[name] ? true : undefined;
  return (
    <div className="flex flex-wrap items-stretch gap-2">
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        inputMode="text"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={describedBy(name, hint, state)}
        className={`${inputClass} max-w-[14rem] flex-1`}
      />
      {hasScript ? (
        <input
          type={withTime ? 'datetime-local' : 'date'}
          value={pickerValue(text, withTime)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value) setText(toUkDateText(value));
          }}
          // Named apart from the field (its label describes it), so that the label names one control only.
          aria-label="Calendar"
          aria-describedby={`label-${name}`}
          className="border-2 border-ink bg-surface px-2 py-1.5 text-ink"
        />
      ) : null}
    </div>
  );
}
