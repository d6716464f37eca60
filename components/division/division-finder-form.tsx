import Link from 'next/link';
import { describedBy, errorFieldClass, FieldError, FilterSelect, partyOptions } from '@/components/filter-select';
import type { FinderQuery } from '@/lib/validation/division-finder';

const fieldClass = 'block h-11 w-full border-2 border-ink bg-surface px-2 text-ink';

const RESULTS = [
  { value: 'ayes', label: 'The ayes had it (more ayes)' },
  { value: 'noes', label: 'The noes had it (more noes)' },
];

/**
 * The division finder's filters: a GET form to /divisions that works without JavaScript. Empty fields send nothing
 * the page reads (the server redirects their empty parameters away). What was typed is kept, and a bad value is
 * named beside its field.
 */
export function DivisionFinderForm({
  query,
  typed,
  parties,
  topics,
  errors,
  filtered,
}: {
  query: FinderQuery;
  /** The words and dates as submitted, valid or not, so that a mistake can be corrected in place. */
  typed: { q?: string; from?: string; to?: string };
  parties: ReadonlyArray<{ abbreviation: string; name: string }>;
  topics: ReadonlyArray<{ slug: string; title: string }>;
  errors: Record<'q' | 'from' | 'to' | 'party', string[]>;
  filtered: boolean;
}) {
  const textField = (name: 'q' | 'from' | 'to', label: string, type: 'search' | 'date', hint?: string) => {
    const messages = errors[name];
    return (
      <div className={`space-y-1 ${messages.length > 0 ? 'border-l-4 border-no pl-3' : ''}`}>
        <label htmlFor={`finder-${name}`} className="block font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`finder-${name}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        <FieldError id={`finder-${name}-error`} messages={messages} />
        <input
          id={`finder-${name}`}
          name={name}
          type={type}
          defaultValue={typed[name]}
          autoComplete="off"
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={describedBy(hint !== undefined && `finder-${name}-hint`, messages.length > 0 && `finder-${name}-error`)}
          className={`${fieldClass} ${errorFieldClass}`}
        />
      </div>
    );
  };
  return (
    <form method="get" action="/divisions" aria-label="Find divisions" className="space-y-4 rounded bg-paper p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">{textField('q', 'Words in the title', 'search', 'Every word must be in the title, e.g. ceasefire, or Rwanda bill.')}</div>
        {textField('from', 'Held from (date)', 'date')}
        {textField('to', 'Held to (date)', 'date')}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {topics.length > 0 ? (
          <FilterSelect
            id="finder-topic"
            name="topic"
            label="Topic"
            any="Any topic, or none"
            options={topics.map((t) => ({ value: t.slug, label: t.title }))}
            value={query.topic}
            className={fieldClass}
          />
        ) : null}
        <FilterSelect id="finder-result" name="result" label="Result" any="Either" options={RESULTS} value={query.result} className={fieldClass} />
        <div className={`space-y-1 ${errors.party.length > 0 ? 'border-l-4 border-no pl-3' : ''}`}>
          <FieldError id="finder-party-error" messages={errors.party} />
          <FilterSelect
            id="finder-party"
            name="party"
            label="Rebels from the party"
            any="Any party"
            options={partyOptions(parties)}
            value={query.party}
            className={fieldClass}
          />
        </div>
        <fieldset className="space-y-2">
          <legend className="font-semibold">Only divisions</legend>
          <div className="flex items-center gap-2">
            <input type="checkbox" id="finder-rebels" name="rebels" value="yes" defaultChecked={query.rebels === 'yes'} className="size-5" />
            <label htmlFor="finder-rebels">where an MP defied the whip</label>
          </div>
          <div className="flex items-center gap-2">
            <input type="checkbox" id="finder-departures" name="departures" value="yes" defaultChecked={query.departures === 'yes'} className="size-5" />
            <label htmlFor="finder-departures">after which an MP left a post</label>
          </div>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
          Find divisions
        </button>
        {filtered ? <Link href="/divisions">Clear filters</Link> : null}
      </div>
    </form>
  );
}
