'use client';

import Link from 'next/link';
import { useEffect } from 'react';

// An unexpected failure (the database unreachable, a bug). Expected "not found" cases use not-found.tsx.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;

  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1 className="text-3xl sm:text-4xl">Sorry, something went wrong</h1>
      <p>This page could not be shown. Please try again; if it keeps happening, the problem is ours, not yours.</p>
      {digest ? <p className="text-sm text-muted">Error reference: {digest}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="border-2 border-ink bg-aye px-4 py-2 font-semibold text-on-fill hover:bg-aye-strong"
        >
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </div>
    </div>
  );
}
