import type { FormState } from '@/lib/forms/form-state';
import { describedBy, FieldFrame } from './fields';

// A file input in the style of fields.tsx. Browsers never let a page refill a file input, so after a
// failed upload the hint says which file was refused and the editor chooses it (or a fixed one) again.

export function FileField({
  name,
  label,
  hint,
  state,
  accept,
}: {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  accept?: string;
}) {
  return (
    <FieldFrame name={name} label={label} hint={hint} state={state}>
      <input
        id={`field-${name}`}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, hint, state)}
        className="block w-full border-2 border-ink bg-white px-2 py-1.5 file:mr-3 file:border-2 file:border-ink file:bg-paper file:px-2 file:py-1 file:font-semibold aria-[invalid=true]:border-4 aria-[invalid=true]:border-no"
      />
    </FieldFrame>
  );
}
