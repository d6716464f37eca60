'use client';

// The root layout's fallback pages: what Next.js shows for notFound(), forbidden() and unauthorized(). It puts all
// three into every page's payload in case one is needed; as client components without props each travels there as a
// reference rather than drawn out (about 2.5 KB a page), and is drawn only when it is shown.
import Link from 'next/link';
import { SearchForm } from '@/components/search-form';

/** How each section's addresses are made, with a real example and the section's list. */
const SECTIONS = [
  { what: 'An MP', rule: 'their Parliament member id', example: '/mps/3924', list: '/mps', listName: 'All MPs' },
  { what: 'A division', rule: 'its Commons Votes number', example: '/divisions/1666', list: '/divisions', listName: 'All divisions' },
  {
    what: 'A topic',
    rule: 'its name in lower-case words joined by hyphens',
    example: '/topics/gaza-immediate-ceasefire',
    list: '/topics',
    listName: 'All topics',
  },
  { what: 'A party', rule: 'its abbreviation', example: '/parties/Lab', list: '/parties', listName: 'All parties' },
] as const;

/**
 * The answer to every address that names nothing (status 404): an unknown MP, division, topic or party, or a path
 * no section has. It cannot know which section was meant without reading the request, which would make it a render
 * per address, so it lists them all.
 */
export function NotFoundPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl sm:text-4xl">Page not found</h1>
      <p>
        There is nothing at this address. If you typed or pasted it, check it: it may be cut short, or name something
        we do not hold.
      </p>
      <SearchForm
        id="not-found-search"
        name="Search the site"
        label="Search MPs, constituencies, postcodes, divisions and topics"
        action="/search"
      />
      <section aria-labelledby="not-found-addresses" className="space-y-2">
        <h2 id="not-found-addresses" className="text-2xl">
          How addresses are made
        </h2>
        <ul className="space-y-2">
          {SECTIONS.map((s) => (
            <li key={s.list}>
              {s.what}: <code>{s.list}/</code> and {s.rule}, for example <Link href={s.example}>{s.example}</Link>.{' '}
              <Link href={s.list}>{s.listName}</Link>
            </li>
          ))}
          <li>
            The open data: <code>/api/v1/</code> and a resource, described on <Link href="/api">the API page</Link>.
          </li>
        </ul>
      </section>
      <p>
        Or start from <Link href="/">the home page</Link>, <Link href="/rebels">the rebels</Link> or{' '}
        <Link href="/compare">compare MPs</Link>. If a link on this site brought you here, please{' '}
        <Link href="/report">tell us</Link>.
      </p>
    </div>
  );
}

/** The admin area's 403 page (app/forbidden.tsx). */
export function ForbiddenPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-4xl">You cannot do that</h1>
      <p>This part of the admin area is for admins. Ask an admin if you need it.</p>
      <p>
        <Link href="/admin">Back to the admin area</Link>
      </p>
    </div>
  );
}

/** The admin area's 401 page (app/unauthorized.tsx). */
export function UnauthorizedPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-4xl">Please sign in</h1>
      <p>You need to be signed in as an editor to do this.</p>
      <p>
        <Link href="/login">Sign in</Link>
      </p>
    </div>
  );
}
