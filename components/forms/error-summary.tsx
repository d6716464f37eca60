'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { FormState } from '@/lib/forms/form-state';

// GOV.UK's error summary: after a failed save, a box at the top of the form titled "There is a problem" lists
// every error as a link to its field, in the order the fields come in the form, and takes the focus so that
// a screen reader reads it and a keyboard starts from it. The page's title gains "Error: " while it shows.
//
// The server already lists the errors in the order the fields were submitted (lib/forms/form-state.ts); here
// they are put in the order of the form's own controls, which also places fields a form does not submit when
// empty (an unticked box, a file).

const ERROR_PREFIX = 'Error: ';

/** The field names in the order the form's controls come, for the errors given. */
function orderByForm(form: HTMLFormElement | null, names: string[]): string[] {
  if (!form) return names;
  const position = new Map<string, number>();
  Array.from(form.elements).forEach((element, index) => {
    const name = element.getAttribute('name');
    const id = element.id.startsWith('field-') ? element.id.slice('field-'.length) : null;
    for (const key of [name, id]) if (key && !position.has(key)) position.set(key, index);
  });
  const at = (name: string) => position.get(name) ?? Number.MAX_SAFE_INTEGER;
  return [...names].sort((a, b) => at(a) - at(b));
}

/** Moves the focus to a field (and its label into view) rather than only scrolling to it, as GOV.UK does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const field = document.getElementById(`field-${name}`);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="field-${name}"]`) ?? field;
  label.scrollIntoView();
  field.focus({ preventScroll: true });
}

export function ErrorSummary({ state }: { state: FormState }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const names = Object.keys(state.fieldErrors ?? {});
  const [ordered, setOrdered] = useState<string[] | null>(null);
  const isShown = state.status === 'invalid' || state.status === 'refused' || state.status === 'conflict';

  // Before the browser paints: the errors in the form's order, then the focus on the summary. The state is a
  // new object after every save, so a second failed save moves the focus here again.
  const namesKey = names.join('\n');
  useLayoutEffect(() => {
    setOrdered(orderByForm(box.current?.closest('form') ?? null, namesKey ? namesKey.split('\n') : []));
  }, [namesKey]);
  useEffect(() => {
    if (isShown) box.current?.focus();
  }, [state, isShown]);
  useEffect(() => {
    if (!isShown || document.title.startsWith(ERROR_PREFIX)) return;
    document.title = `${ERROR_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length);
    };
  }, [isShown]);

  if (!isShown) return null;
  const list = ordered && ordered.length === names.length && ordered.every((n) => names.includes(n)) ? ordered : names;
  const errors = list.map((name) => [name, state.fieldErrors?.[name] ?? []] as const);
  return (
    // As GOV.UK's: the box takes the focus, and the alert inside it is read out when it appears.
    <div ref={box} tabIndex={-1} data-error-summary className="space-y-2 border-4 border-no p-4 focus:outline-4 focus:outline-offset-2 focus:outline-focus">
      <div role="alert" aria-labelledby={titleId}>
        <h2 id={titleId} className="text-lg">
          {state.status === 'conflict' ? 'Someone else changed this record' : 'There is a problem'}
        </h2>
        {state.message ? <p className="mt-1">{state.message}</p> : null}
        {errors.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errors.map(([name, messages]) =>
              name === 'form' ? (
                <li key={name} className="font-semibold text-no">
                  {messages.join(' ')}
                </li>
              ) : (
                <li key={name}>
                  <a href={`#field-${name}`} onClick={(event) => focusField(event, name)} className="font-semibold text-no visited:text-no">
                    {messages.join(' ')}
                  </a>
                </li>
              ),
            )}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
