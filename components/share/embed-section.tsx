'use client';

import { CopyCode } from './copy-code';

/**
 * The "Embed this" section (components/share/embed-this.tsx makes its code on the server): a client component given
 * the card's address, its code and what it shows, so that the section's words travel in the site's script, fetched
 * once, rather than in every page's React payload as well as its HTML.
 */
export function EmbedSection({ path, code, what }: { path: string; code: string; what: string }) {
  return (
    <section aria-labelledby="embed-heading" className="space-y-2 print:hidden">
      <h2 id="embed-heading" className="text-2xl">
        Embed this
      </h2>
      <p className="max-w-3xl">
        Put a small card of {what} on your own site or blog: it shows the latest figures, sets no cookies and links
        back here. <a href={path}>See the card on its own</a>.
      </p>
      <details className="max-w-3xl">
        <summary className="cursor-pointer font-semibold text-link underline underline-offset-2">Get the code to embed it</summary>
        <div className="mt-3">
          <CopyCode code={code} label="Code to paste into your page (HTML)" />
        </div>
      </details>
    </section>
  );
}
