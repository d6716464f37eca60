import type { ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { parseUkDate } from '@/lib/validation/dates';
import { Table, Td, Th } from '@/components/table';
import { ErrorSummary } from './error-summary';

// Form fields in one style: a label above, an optional hint, the error beside the field it belongs to
// (GOV.UK's pattern), and the editor's input kept after a failed save.

export type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  /** The value when the form first opens (the record as saved, or empty). */
  initial?: string | null;
};

const inputClass =
  'block w-full border-2 border-ink bg-surface px-2 py-1.5 text-ink aria-[invalid=true]:border-no aria-[invalid=true]:border-4';

/** The value to show: what the editor submitted, if anything, else the saved value. */
export function valueOf(state: FormState, name: string, initial?: string | null): string {
  return state.values?.[name] ?? initial ?? '';
}

/** Label, hint and error around any control; the control's id must be `field-${name}`. */
export function FieldFrame({
  name,
  label,
  hint,
  state,
  children,
  className = '',
}: Omit<FieldProps, 'initial'> & { children: ReactNode; className?: string }) {
  const errors = state.fieldErrors?.[name];
  return (
    <div className={`space-y-1 ${errors ? 'border-l-4 border-no pl-3' : ''} ${className}`}>
      <label id={`label-${name}`} htmlFor={`field-${name}`} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`hint-${name}`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`error-${name}`} className="font-semibold text-no">
          <span className="sr-only">Error: </span>
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(name: string, hint: string | undefined, state: FormState): string | undefined {
  const ids = [hint ? `hint-${name}` : null, state.fieldErrors?.[name] ? `error-${name}` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & { type?: 'text' | 'url' | 'date' | 'datetime-local' | 'email' | 'number' | 'password'; autoComplete?: string; list?: string },
) {
  const { name, hint, state, initial, type = 'text', autoComplete, list } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        // The key makes React show a new value after a failed save instead of keeping the old DOM value.
        key={valueOf(state, name, initial)}
        defaultValue={type === 'password' ? undefined : valueOf(state, name, initial)}
        autoComplete={autoComplete ?? 'off'}
        list={list}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, hint, state)}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { name, hint, state, initial, rows = 4 } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={rows}
        key={valueOf(state, name, initial)}
        defaultValue={valueOf(state, name, initial)}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, hint, state)}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { options: ReadonlyArray<{ value: string; label: string }>; blank?: string }) {
  const { name, hint, state, initial, options, blank } = props;
  const value = valueOf(state, name, initial);
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${name}`}
        name={name}
        key={value}
        defaultValue={value}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, hint, state)}
        className={inputClass}
      >
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * The message at the top of a form after a save: a saved notice, or the error summary (links to each field
 * in the form's order; it takes the focus).
 */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'saved') {
    return (
      <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
        {state.message ?? 'Saved.'}
      </div>
    );
  }
  return <ErrorSummary state={state} />;
}

/** The same value for a conflict table: a date typed 15/11/2023 is the date saved as 2023-11-15. */
function isSameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const date = parseUkDate(a);
  return date !== null && date === parseUkDate(b);
}

/** Their version beside the editor's, field by field, after a conflict; on a phone each field is a card. */
export function ConflictTable({ state, fields }: { state: FormState; fields: ReadonlyArray<{ name: string; label: string }> }) {
  if (state.status !== 'conflict' || !state.current) return null;
  const current = state.current;
  const differing = fields.filter((f) => !isSameValue(current[f.name] ?? '', state.values?.[f.name] ?? ''));
  return (
    <Table caption="Their version and yours" stacked="labels-above">
      <thead>
        <tr>
          <Th>Field</Th>
          <Th>Saved by someone else</Th>
          <Th>Yours (not saved yet)</Th>
        </tr>
      </thead>
      <tbody>
        {differing.map((f) => (
          <tr key={f.name}>
            <Th scope="row">{f.label}</Th>
            <Td label="Saved by someone else" className="wrap-anywhere">
              {current[f.name] || <span className="text-muted">(empty)</span>}
            </Td>
            <Td label="Yours (not saved yet)" className="wrap-anywhere">
              {state.values?.[f.name] || <span className="text-muted">(empty)</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
