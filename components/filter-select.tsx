/**
 * A labelled select for the GET filter forms above lists (they work without JavaScript). `any` is the
 * first option's label, whose value is empty: no filter.
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  implied,
  options,
  className = 'block h-10 border-2 border-ink bg-surface px-2',
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any?: string;
  /** The value that means the same as choosing nothing (sort=name): left out of the address (components/clean-get-forms). */
  implied?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  className?: string;
}) {
  return (
    // max-w-full: a long option ("Social Democratic & Labour Party (SDLP)") would otherwise widen a phone's page.
    <div className="max-w-full">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} data-default={implied} className={`max-w-full ${className}`}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Parties as filter options: "Labour (Lab)". */
export const partyOptions = (parties: ReadonlyArray<{ abbreviation: string; name: string }>) =>
  parties.map((p) => ({ value: p.abbreviation, label: `${p.name} (${p.abbreviation})` }));

/** An invalid field in a filter form: a thicker red border. */
export const errorFieldClass = 'aria-[invalid=true]:border-4 aria-[invalid=true]:border-no';

/** A field's error beside it (GOV.UK's pattern), tied to it by aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages: ReadonlyArray<string> }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="font-semibold text-no">
      <span className="sr-only">Error: </span>
      {messages.map((m) => `${m}.`).join(' ')}
    </p>
  );
}

/** aria-describedby from the ids that apply, or nothing. */
export const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;
