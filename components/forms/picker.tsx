'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { describedBy, FieldFrame, valueOf } from './fields';

type Suggestion = { id: number; ref: string; label: string; detail: string };

/**
 * A text field that suggests people or divisions as the editor types (an ARIA combobox). Without
 * JavaScript it is a plain text field: the editor types a name or an official id and the server resolves
 * it, or lists the matches to choose from.
 */
export function Picker(props: PickerProps) {
  // Keyed by the value to show, so that a failed save shows what was typed.
  return <PickerInput key={valueOf(props.state, props.name, props.initial)} {...props} />;
}

type PickerProps = {
  name: string;
  label: string;
  kind: 'person' | 'division';
  state: FormState;
  initial?: string | null;
  hint?: string;
};

function PickerInput({
  name,
  label,
  kind,
  state,
  initial,
  hint,
}: PickerProps) {
  const listId = useId();
  const [text, setText] = useState(valueOf(state, name, initial));
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});
  const errors = state.fieldErrors?.[name];
  const fullHint = hint ?? (kind === 'person' ? 'Type a name or a Parliament member id.' : 'Type words from the title, or the Commons Votes division id.');

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.controller?.abort();
    };
  }, []);

  const lookUp = (value: string) => {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
    const q = value.trim();
    if (q.length < 2) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    pending.current.controller = controller;
    pending.current.timer = setTimeout(() => {
      fetch(`/admin/api/lookup?kind=${kind}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((body: { suggestions: Suggestion[] }) => {
          setSuggestions(body.suggestions);
          setOpen(body.suggestions.length > 0);
          setActive(-1);
        })
        .catch(() => undefined);
    }, 150);
  };

  const choose = (s: Suggestion) => {
    setText(s.ref);
    setOpen(false);
    setSuggestions([]);
  };

  return (
    <FieldFrame name={name} label={label} hint={fullHint} state={state} className="relative">
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, fullHint, state)}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          lookUp(e.target.value);
        }}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, suggestions.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && active >= 0 && suggestions[active]) {
            e.preventDefault();
            choose(suggestions[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="block w-full border-2 border-ink bg-surface px-2 py-1.5 aria-[invalid=true]:border-4 aria-[invalid=true]:border-no"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        hidden={!open}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto border-2 border-ink bg-surface shadow-lg"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-focus text-focus-ink' : 'hover:bg-paper'}`}
          >
            <span className="font-semibold">{s.label}</span> <span className="text-sm text-muted">{s.detail}</span>
          </li>
        ))}
      </ul>
    </FieldFrame>
  );
}
