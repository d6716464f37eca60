'use client';

import { useState, useSyncExternalStore } from 'react';
import { parseUkDate, toUkDateText } from '@/lib/validation/dates';

const noSubscription = () => () => {};

/**
 * A date in a GET filter form: a text field that takes 15/11/2023, "15 Nov 2023" or 2023-11-15, and beside it,
 * once JavaScript runs, the browser's calendar, which writes the chosen day into the field. Without JavaScript
 * the text field alone does the job.
 */
export function FilterDateInput({
  id,
  name,
  label,
  value,
  hintId,
  errorId,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  hintId: string;
  errorId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  // False in the server's HTML, true once the page runs in a browser: the calendar needs JavaScript to do anything.
  const hasScript = useSyncExternalStore(noSubscription, () => true, () => false);
  const iso = parseUkDate(text) ?? '';
  return (
    <div className="flex items-stretch gap-2">
      <input
        id={id}
        name={name}
        type="text"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        className="block h-10 w-36 border-2 border-ink bg-surface px-2 aria-[invalid=true]:border-4 aria-[invalid=true]:border-no"
      />
      {hasScript ? (
        <input
          type="date"
          value={iso}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            setText(chosen ? toUkDateText(chosen) : '');
          }}
          aria-label={`${label}: calendar`}
          className="h-10 border-2 border-ink bg-surface px-2"
        />
      ) : null}
    </div>
  );
}
