/**
 * A GET form: to /mps?q= (an MP's name, a constituency or a postcode; the list page tells them apart), or with
 * `action="/search"` to the site's search. Works without JavaScript. `name` labels the search landmark so that two
 * on one page (header and home) stay apart.
 */
export function SearchForm({
  id,
  name,
  label,
  defaultValue,
  variant = 'page',
  action = '/mps',
  placeholder = 'Name, seat or postcode',
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  variant?: 'page' | 'header';
  action?: '/mps' | '/search';
  placeholder?: string;
}) {
  const isHeader = variant === 'header';
  return (
    <form action={action} method="get" role="search" aria-label={name} className="w-full">
      <label htmlFor={id} className={isHeader ? 'sr-only' : 'mb-1 block font-semibold'}>
        {label}
      </label>
      <div className="flex w-full">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          autoComplete="off"
          placeholder={isHeader ? placeholder : undefined}
          className={`min-w-0 flex-1 border-2 border-ink bg-surface px-2 text-ink ${isHeader ? 'h-10' : 'h-12 text-lg'}`}
        />
        <button
          type="submit"
          className={`shrink-0 border-2 border-l-0 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong ${isHeader ? 'h-10' : 'h-12 text-lg'}`}
        >
          Search
        </button>
      </div>
    </form>
  );
}
