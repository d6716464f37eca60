'use client';

// A client component, though nothing in it is interactive. The root layout draws the header, the footer and the
// print header on every page, and a server component's output travels twice (drawn in the HTML, and again in the
// page's payload, from which the browser takes over the page); a client component without props travels as a
// reference in the payload and is drawn from the site's script, which the browser fetches once. Together about
// 5 KB less a page, and less for the server to draw on every request.
import Link from 'next/link';
import { SearchForm } from './search-form';

/** The main sections, in the header on every page. */
const NAV = [['/mps', 'MPs'], ['/divisions', 'Divisions'], ['/parties', 'Parties'], ['/topics', 'Topics'], ['/rebels', 'Rebels']] as const;

export function SiteHeader() {
  return (
    <header className="border-b-8 border-link bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <Link href="/" className="text-2xl font-bold text-white no-underline visited:text-white hover:underline">
            Ayes &amp; Noes
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="font-semibold text-white visited:text-white">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="md:w-80">
          <SearchForm
            id="header-search"
            name="Site search"
            label="Search MPs, constituencies, postcodes, divisions and topics"
            variant="header"
            action="/search"
            placeholder="MP, seat, postcode or division"
          />
        </div>
      </div>
    </header>
  );
}
