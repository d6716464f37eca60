import type { CSSProperties } from 'react';
import { html, type Html } from '@/lib/view/html';
import { partyColour } from '@/lib/view/party-colour';

type Party = { name: string; abbreviation: string; colour: string | null };


/**
 * A party's colour chip with its name beside it: the colour is never the only signal. The chip is drawn by the
 * stylesheet, so that a table of hundreds of rows does not carry an element for each. `short` shows
 * the abbreviation, with the full name for assistive technology and on hover; `responsive` switches from
 * the abbreviation to the name as the screen widens.
 */
export function PartyBadge({
  party,
  short = false,
  responsive = false,
}: {
  party: Party | null;
  short?: boolean;
  /** The abbreviation on a phone, the full name from the small breakpoint up. */
  responsive?: boolean;
}) {
  if (!party) return <span className="text-muted">No party recorded</span>;
  // The colour chip is drawn by the stylesheet (.party::before, app/globals.css) in the colour given here.
  return (
    <span className="party" style={{ '--party': partyColour(party.colour) } as CSSProperties}>
      {responsive ? (
        <>
          <abbr title={party.name} className="sm:hidden">
            {party.abbreviation}
          </abbr>
          <span className="hidden sm:inline">{party.name}</span>
        </>
      ) : short ? (
        <abbr title={party.name}>
          <span aria-hidden="true">{party.abbreviation}</span>
          <span className="sr-only">{party.name}</span>
        </abbr>
      ) : (
        <span>{party.name}</span>
      )}
    </span>
  );
}

/** PartyBadge as markup, for the tables drawn as text (lib/view/html.ts); the same elements, checked by a test. */
export function partyBadgeHtml(party: Party | null, { short = false, responsive = false }: { short?: boolean; responsive?: boolean } = {}): Html {
  if (!party) return html`<span class="text-muted">No party recorded</span>`;
  const name = responsive
    ? html`<abbr title="${party.name}" class="sm:hidden">${party.abbreviation}</abbr><span class="hidden sm:inline">${party.name}</span>`
    : short
      ? html`<abbr title="${party.name}"><span aria-hidden="true">${party.abbreviation}</span><span class="sr-only">${party.name}</span></abbr>`
      : html`<span>${party.name}</span>`;
  return html`<span class="party" style="--party:${partyColour(party.colour)}">${name}</span>`;
}
