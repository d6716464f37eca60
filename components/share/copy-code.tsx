'use client';

import { useId, useRef, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Code to copy: a read-only text box, selectable without JavaScript (the whole code is selected when it takes the
 * focus), and with JavaScript a "Copy the code" button that puts it on the clipboard and says so in a live region.
 */
export function CopyCode({ code, label, rows = 3 }: { code: string; label: string; rows?: number }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');
  // The button only once the page runs JavaScript: without it the button could do nothing.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function copy() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setMessage('Copied the code.');
    } catch {
      setMessage('Could not copy it for you: the code is selected, copy it with Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        ref={box}
        readOnly
        rows={rows}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full max-w-3xl border-2 border-ink bg-surface p-2 font-mono text-sm text-ink"
      />
      {hydrated ? (
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            onClick={copy}
            aria-describedby={`${id}-status`}
            className="min-h-10 border-2 border-ink bg-paper px-4 py-1 font-semibold text-ink hover:bg-surface"
          >
            Copy the code
          </button>
          <span id={`${id}-status`} role="status" className="text-sm">
            {message}
          </span>
        </p>
      ) : null}
    </div>
  );
}
