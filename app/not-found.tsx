import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/search-form';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
};

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl sm:text-4xl">Page not found</h1>
      <p>
        There is no MP or division at this address. If you typed it, check it: MPs are found by their official
        Parliament member id (for example <Link href="/mps/3924">/mps/3924</Link>) and divisions by their Commons
        Votes number (for example <Link href="/divisions/1666">/divisions/1666</Link>).
      </p>
      <SearchForm id="not-found-search" name="Find an MP" label="Find an MP by name or constituency" />
      <p>
        Or browse <Link href="/mps">all MPs</Link> or <Link href="/divisions">all divisions</Link>.
      </p>
    </div>
  );
}
