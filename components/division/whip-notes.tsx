'use client';

import type { Source } from '@/db/schema/columns';
import type { RowParty } from '@/lib/view/row-parties';
import { PartyBadge } from '../party-badge';
import { SourceLinks } from '../source-links';

/** What is known about one party's whip beyond the table: a note, and where it was reported. */
export type WhipNote = { party: RowParty; note: string | null; sources: ReadonlyArray<Source> };

/**
 * Each party's whip note and sources, folded away under the party table. Sent as data and drawn here (on the server
 * for the HTML, in the browser for the page's own copy) rather than drawn twice.
 */
export function WhipNotes({ notes }: { notes: ReadonlyArray<WhipNote> }) {
  return (
    <details className="max-w-3xl rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold">About each party&rsquo;s whip, and the sources</summary>
      <dl className="mt-3 space-y-4">
        {notes.map((row) => (
          <div key={row.party.abbreviation} className="space-y-1">
            <dt>
              <PartyBadge party={row.party} />
            </dt>
            <dd className="space-y-2 pl-5">
              {row.note ? <p>{row.note}</p> : null}
              <SourceLinks sources={row.sources} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
