import Link from 'next/link';
import { FilterSelect, partyOptions } from '@/components/filter-select';
import { NATIONS, NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';
import { formatDate } from '@/lib/view/format';

const fieldClass = 'block h-11 w-full border-2 border-ink bg-white px-2 text-ink';

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
  { value: 'backbench', label: 'Neither (backbench)' },
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
const SORT: Option[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: 'name-desc', label: 'Name, Z to A' },
  { value: 'party', label: 'Party' },
  { value: 'constituency', label: 'Constituency' },
  { value: 'rebellions', label: 'Most rebellions' },
];

export function RebelsFilterForm({
  query,
  divisions,
  parties,
  topics,
  hasFilters,
}: {
  query: RebelsQuery;
  divisions: ReadonlyArray<{ officialId: number; date: string; title: string }>;
  parties: ReadonlyArray<{ abbreviation: string; name: string }>;
  topics: ReadonlyArray<{ slug: string; title: string }>;
  hasFilters: boolean;
}) {
  const chosen = new Set(query.division);
  return (
    <form method="get" action="/rebels" aria-label="Filter rebels" className="space-y-4 rounded bg-paper p-4">
      <fieldset>
        <legend className="mb-1 font-semibold">Divisions (none ticked: all)</legend>
        <div className="max-h-56 space-y-1 overflow-y-auto border border-line bg-white p-2">
          {divisions.map((d) => (
            <div key={d.officialId} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`division-${d.officialId}`}
                name="division"
                value={d.officialId}
                defaultChecked={chosen.has(d.officialId)}
                className="mt-1 size-5 shrink-0"
              />
              <label htmlFor={`division-${d.officialId}`}>
                {d.title} <span className="text-sm text-muted">({formatDate(d.date)}, division {d.officialId})</span>
              </label>
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
        <FilterSelect id="rebels-sort" name="sort" label="Sort by" options={SORT} value={query.sort ?? 'name'} className={fieldClass} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-white hover:bg-green-900">
          Show rebels
        </button>
        {hasFilters ? <Link href="/rebels">Clear filters</Link> : null}
      </div>
    </form>
  );
}
