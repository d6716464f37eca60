'use client';

// A client component, though it holds nothing interactive: its props are the search and the parties' names and
// counts, where drawn on the server its select and options would travel twice (in the HTML and again in the page's
// payload).

const fieldClass = 'block h-11 w-full border-2 border-ink bg-surface px-2 text-ink';

/** The MPs page's search: a name, seat or postcode, and a party with how many MPs it has. A plain GET form. */
export function MpsFilterForm({
  q,
  party,
  total,
  parties,
}: {
  q: string;
  /** The chosen party's abbreviation, or "" for all. */
  party: string;
  total: number;
  parties: ReadonlyArray<{ abbreviation: string; name: string; members: number }>;
}) {
  return (
    <form method="get" action="/mps" role="search" aria-label="Filter MPs" className="rounded bg-paper p-4">
      <div className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <div>
          <label htmlFor="mps-q" className="mb-1 block font-semibold">
            Name, constituency or postcode
          </label>
          <input id="mps-q" name="q" type="search" defaultValue={q} autoComplete="off" className={fieldClass} />
        </div>
        <div>
          <label htmlFor="mps-party" className="mb-1 block font-semibold">
            Party
          </label>
          <select id="mps-party" name="party" defaultValue={party} className={fieldClass}>
            <option value="">{`All parties (${total})`}</option>
            {parties.map((p) => (
              <option key={p.abbreviation} value={p.abbreviation}>
                {`${p.name} (${p.members})`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
          Find MPs
        </button>
      </div>
    </form>
  );
}
