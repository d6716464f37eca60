'use client';

import { html, innerHtml } from '@/lib/view/html';
import type { RebellionList } from '@/lib/view/rebellion-history';

/**
 * One MP's record against the whip across divisions: "Defied the whip 1 time in 1 whipped vote", what a whipped
 * vote is, and each rebellion with a link to its division. Sent as data worded on the server (rebellionListOf,
 * lib/view/rebellion-history.ts) and drawn here, the rebellions as one list of text (lib/view/html.ts): a rebel of
 * long standing has hundreds, of which the page lists the most recent and links to the rest (`list.more`).
 * `headingLevel` fits it into the page's outline; `id` names its heading.
 */
export function RebellionHistory({ list, headingLevel = 2, id = 'rebellion-history' }: { list: RebellionList; headingLevel?: 2 | 3; id?: string }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <Heading id={`${id}-heading`} className={headingLevel === 2 ? 'text-2xl' : 'text-xl'}>
        Against the whip
      </Heading>
      <p className="text-lg">
        <strong>{list.tally}</strong>
        {list.notCounted}.
      </p>
      <p className="max-w-3xl text-sm text-muted">{list.definition}</p>
      {list.rebellions.length > 0 ? (
        <ul
          className="space-y-2"
          {...innerHtml(
            html`${list.rebellions.map((r) => html`<li><a href="/divisions/${r.id}">${r.title}</a><span class="block text-sm text-muted">${r.line}</span></li>`)}`,
          )}
        />
      ) : null}
      {list.more ? (
        <p>
          {list.more.note} <a href={list.more.href}>{list.more.label}</a>
        </p>
      ) : null}
    </section>
  );
}
