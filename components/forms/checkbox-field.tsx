import { describedBy, type FieldProps } from './fields';

// A yes/no field in the style of fields.tsx: the error above it, tied to it by aria-describedby, and the
// editor's choice kept after a failed save. It submits "yes" when ticked and nothing when not, so a
// submitted form without the name means "no" rather than "as before".

export function CheckboxField({ name, label, hint, state, initial }: FieldProps) {
  const errors = state.fieldErrors?.[name];
  const isChecked = state.values ? state.values[name] === 'yes' : initial === 'yes';
  return (
    <div className={`space-y-1 ${errors ? 'border-l-4 border-no pl-3' : ''}`}>
      {errors ? (
        <p id={`error-${name}`} className="font-semibold text-no">
          <span className="sr-only">Error: </span>
          {errors.join(' ')}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={`field-${name}`}
          name={name}
          type="checkbox"
          value="yes"
          key={String(isChecked)}
          defaultChecked={isChecked}
          aria-invalid={errors ? true : undefined}
          aria-describedby={describedBy(name, hint, state)}
          className="mt-1 size-5 border-2 border-ink accent-aye"
        />
        <label htmlFor={`field-${name}`} className="font-semibold">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`hint-${name}`} className="pl-8 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
