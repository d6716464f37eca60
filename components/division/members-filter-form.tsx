'use client';

// A client component, though it holds nothing interactive: its props are a few words and the parties' names, where
// drawn on the server its selects and options would travel twice (in the HTML and again in the page's payload).
import Link from 'next/link';
import { FilterSelect, partyOptions } from '@/components/filter-select';
import type { MemberSort, MemberVoteFilter } from '@/lib/view/division-view';

const VOTE_OPTIONS: ReadonlyArray<{ value: MemberVoteFilter; label: string }> = [
  { value: 'aye', label: 'Voted for (aye)' },
  { value: 'no', label: 'Voted against (no)' },
  { value: 'both', label: 'Both lobbies (recorded abstention)' },
  { value: 'absent', label: 'Did not vote' },
  { value: 'rebels', label: 'Defied their whip' },
];

const SORT_OPTIONS: ReadonlyArray<{ value: MemberSort; label: string }> = [
  { value: 'name', label: 'Name, A to Z' },
  { value: 'name-desc', label: 'Name, Z to A' },
  { value: 'party', label: 'Party' },
  { value: 'constituency', label: 'Constituency' },
];

const fieldClass = 'block h-11 w-full border-2 border-ink bg-surface px-2 text-ink sm:w-auto';

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function MembersFilterForm({
  action,
  parties,
  selected,
}: {
  action: string;
  parties: ReadonlyArray<{ abbreviation: string; name: string }>;
  selected: { party?: string; vote?: MemberVoteFilter; sort?: MemberSort };
}) {
  const hasFilters = Boolean(selected.party || selected.vote || (selected.sort && selected.sort !== 'name'));
  return (
    <form method="get" action={`${action}#members`} aria-label="Filter members" className="rounded bg-paper p-4">
      <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <FilterSelect id="filter-party" name="party" label="Party" value={selected.party} any="All parties" options={partyOptions(parties)} className={fieldClass} />
        <FilterSelect id="filter-vote" name="vote" label="Vote" value={selected.vote} any="Any vote" options={VOTE_OPTIONS} className={fieldClass} />
        <FilterSelect id="filter-sort" name="sort" label="Sort by" value={selected.sort ?? 'name'} options={SORT_OPTIONS} implied="name" className={fieldClass} />
        <div className="flex items-center gap-4">
          <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
            Show members
          </button>
          {hasFilters ? <Link href={`${action}#members`}>Clear filters</Link> : null}
        </div>
      </div>
    </form>
  );
}
