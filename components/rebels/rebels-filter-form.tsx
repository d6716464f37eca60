'use client';

import Link from 'next/link';
import { describedBy, errorFieldClass, FieldError, FilterSelect, partyOptions } from '@/components/filter-select';
import { NATIONS, NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';

const fieldClass = 'block h-11 w-full border-2 border-ink bg-surface px-2 text-ink';

type Option = { value: string; label: string };

const BASIS: Option[] = [
  { value: 'reported', label: 'A reported whip (a source states it)' },
  { value: 'inferred', label: 'An inferred whip' },
];
const VOTE: Option[] = [
  { value: 'aye', label: 'Voted for (aye)' },
  { value: 'no', label: 'Voted against (no)' },
];
const ROLE: Option[] = [
  { value: 'frontbench', label: 'Frontbench on the day' },
  { value: 'pps', label: 'PPS on the day' },
  { value: 'payroll', label: 'Frontbench or PPS' },
  { value: 'backbench', label: 'Backbench (posts known, none held)' },
  { value: 'none-recorded', label: 'No post recorded (posts not known)' },
];
const LEFT: Option[] = [
  { value: 'yes', label: 'Left a post over the vote' },
  { value: 'no', label: 'Did not leave a post over it' },
];
const STANCE: Option[] = [
  { value: 'supports', label: 'Said they support' },
  { value: 'opposes', label: 'Said they oppose' },
  { value: 'none', label: 'No stance on record' },
];
const PARTY_LINE: Option[] = [
  { value: 'supports', label: 'Their party said it supports' },
  { value: 'opposes', label: 'Their party said it opposes' },
  { value: 'none', label: 'No party line on record' },
];
const SORT: Option[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: 'name-desc', label: 'Name, Z to A' },
  { value: 'party', label: 'Party' },
  { value: 'constituency', label: 'Constituency' },
  { value: 'rebellions', label: 'Most rebellions' },
];

/**
 * The explorer's filters, a GET form that works without JavaScript. Divisions are chosen by ticking one of the
 * latest few or by typing Commons Votes numbers (both send `division`), or scoped by dates; with none chosen
 * the list covers the latest `maxDivisions` (REBELS_MAX_DIVISIONS). A 6,000-option list would weigh megabytes.
 * Sent as data (the choices, the query and its errors) and drawn here, on the server for the HTML and in the
 * browser for the page's own copy, rather than drawn twice; the page's validation (zod) stays on the server.
 */
export function RebelsFilterForm({
  query,
  divisionInput,
  recent,
  parties,
  topics,
  errors,
  hasFilters,
  maxDivisions,
}: {
  query: RebelsQuery;
  /** The division numbers as submitted (valid or not), so that a mistake can be corrected in place. */
  divisionInput: ReadonlyArray<string>;
  /** The latest divisions, offered as checkboxes, each dated in words ("15 Nov 2023"). */
  recent: ReadonlyArray<{ officialId: number; date: string; title: string }>;
  parties: ReadonlyArray<{ abbreviation: string; name: string }>;
  topics: ReadonlyArray<{ slug: string; title: string }>;
  /** Messages for the division and date fields, shown beside them. */
  errors: { division: string[]; from: string[]; to: string[] };
  hasFilters: boolean;
  /** The most divisions one list reads (REBELS_MAX_DIVISIONS). */
  maxDivisions: number;
}) {
  const recentIds = new Set(recent.map((d) => String(d.officialId)));
  const ticked = new Set(divisionInput.filter((v) => recentIds.has(v)));
  const typed = divisionInput.filter((v) => !recentIds.has(v)).join(', ');
  return (
    <form method="get" action="/rebels" aria-label="Filter rebels" className="space-y-4 rounded bg-paper p-4">
      <fieldset className="space-y-3" aria-describedby="rebels-divisions-hint">
        <legend className="font-semibold">Divisions</legend>
        <p id="rebels-divisions-hint" className="text-sm text-muted">
          With none chosen, the list covers the latest {maxDivisions} divisions (between the dates, if you give
          them). You can choose up to {maxDivisions}.
        </p>
        {recent.length > 0 ? (
          <fieldset>
            <legend className="mb-1 text-sm font-semibold">The latest divisions</legend>
            <div className="max-h-56 space-y-1 overflow-y-auto border border-line bg-surface p-2">
              {recent.map((d) => (
                <div key={d.officialId} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    id={`division-${d.officialId}`}
                    name="division"
                    value={d.officialId}
                    defaultChecked={ticked.has(String(d.officialId))}
                    className="mt-1 size-5 shrink-0"
                  />
                  <label htmlFor={`division-${d.officialId}`}>
                    {d.title} <span className="text-sm text-muted">({d.date}, division {d.officialId})</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className={`space-y-1 ${errors.division.length > 0 ? 'border-l-4 border-no pl-3' : ''}`}>
          <label htmlFor="rebels-division" className="block font-semibold">
            {recent.length > 0 ? 'Other divisions, by number' : 'Divisions, by number'}
          </label>
          <p id="rebels-division-hint" className="text-sm text-muted">
            Commons Votes division numbers, separated by commas, e.g. 1666, 1667.
          </p>
          <FieldError id="rebels-division-error" messages={errors.division} />
          <input
            id="rebels-division"
            name="division"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={typed}
            aria-invalid={errors.division.length > 0 ? true : undefined}
            aria-describedby={describedBy('rebels-division-hint', errors.division.length > 0 && 'rebels-division-error')}
            className={`${fieldClass} ${errorFieldClass}`}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {(
            [
              { name: 'from', label: 'From', value: query.from, messages: errors.from },
              { name: 'to', label: 'To', value: query.to, messages: errors.to },
            ] as const
          ).map((f) => (
            <div key={f.name} className={`space-y-1 ${f.messages.length > 0 ? 'border-l-4 border-no pl-3' : ''}`}>
              <label htmlFor={`rebels-${f.name}`} className="block font-semibold">
                {f.label} <span className="font-normal text-muted">(date)</span>
              </label>
              <FieldError id={`rebels-${f.name}-error`} messages={f.messages} />
              <input
                id={`rebels-${f.name}`}
                name={f.name}
                type="date"
                defaultValue={f.value}
                aria-invalid={f.messages.length > 0 ? true : undefined}
                aria-describedby={describedBy(f.messages.length > 0 && `rebels-${f.name}-error`)}
                className={`${fieldClass} ${errorFieldClass}`}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          id="rebels-party"
          name="party"
          label="Party on the day"
          any="All parties"
          options={partyOptions(parties)}
          value={query.party}
          className={fieldClass}
        />
        <FilterSelect id="rebels-basis" name="basis" label="Measured against" any="Any whip" options={BASIS} value={query.basis} className={fieldClass} />
        <FilterSelect id="rebels-vote" name="vote" label="How they voted" any="Either way" options={VOTE} value={query.vote} className={fieldClass} />
        <FilterSelect id="rebels-role" name="role" label="Frontbench or PPS" any="Anyone" options={ROLE} value={query.role} className={fieldClass} />
        <FilterSelect id="rebels-left" name="left" label="Left a post" any="Either" options={LEFT} value={query.left} className={fieldClass} />
        <FilterSelect id="rebels-stance" name="stance" label="Stance on the topic" any="Any" options={STANCE} value={query.stance} className={fieldClass} />
        <FilterSelect
          id="rebels-party-stance"
          name="party_stance"
          label="Their party’s line on the topic"
          any="Any"
          options={PARTY_LINE}
          value={query.party_stance}
          className={fieldClass}
        />
        {topics.length > 1 ? (
          <FilterSelect
            id="rebels-topic"
            name="topic"
            label="Topic"
            any="Any linked topic"
            options={topics.map((t) => ({ value: t.slug, label: t.title }))}
            value={query.topic}
            className={fieldClass}
          />
        ) : null}
        <FilterSelect
          id="rebels-nation"
          name="nation"
          label="Nation"
          any="All of the UK"
          options={NATIONS.map((n) => ({ value: n, label: NATION_NAMES[n] }))}
          value={query.nation}
          className={fieldClass}
        />
        <div>
          <label htmlFor="rebels-q" className="mb-1 block font-semibold">
            Name, seat or party
          </label>
          <input id="rebels-q" name="q" type="search" defaultValue={query.q} autoComplete="off" className={fieldClass} />
        </div>
        <FilterSelect id="rebels-sort" name="sort" label="Sort by" options={SORT} value={query.sort ?? 'name'} implied="name" className={fieldClass} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
          Show rebels
        </button>
        {hasFilters ? <Link href="/rebels">Clear filters</Link> : null}
      </div>
    </form>
  );
}
