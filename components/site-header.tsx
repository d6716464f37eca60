import Link from 'next/link';
import { SearchForm } from './search-form';

export function SiteHeader() {
  return (
    <header className="border-b-8 border-link bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <Link href="/" className="text-2xl font-bold text-white no-underline visited:text-white hover:underline">
            Ayes &amp; Noes
          </Link>
          <nav aria-label="Main">
            <ul className="flex gap-4">
              <li>
                <Link href="/mps" className="font-semibold text-white visited:text-white">
                  MPs
                </Link>
              </li>
              <li>
                <Link href="/divisions" className="font-semibold text-white visited:text-white">
                  Divisions
                </Link>
              </li>
              <li>
                <Link href="/parties" className="font-semibold text-white visited:text-white">
                  Parties
                </Link>
              </li>
              <li>
                <Link href="/topics" className="font-semibold text-white visited:text-white">
                  Topics
                </Link>
              </li>
              <li>
                <Link href="/rebels" className="font-semibold text-white visited:text-white">
                  Rebels
                </Link>
              </li>
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
