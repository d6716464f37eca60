'use client';

import { html, innerHtml, type Html } from '@/lib/view/html';
import type { RowParty } from '@/lib/view/row-parties';
import { partyBadgeHtml } from '../party-badge';

/**
 * One row of the MPs page's table, as compact as it can travel: sent once, as data, and drawn here (on the server for
 * the HTML, in the browser for the page's own copy) rather than sent as a drawn table twice.
 */
export type MpListRow = {
  /** Official member id, for the link; null for a person without one. */
  id: number | null;
  name: string;
  /** Index into the table's parties; -1 for none recorded. */
  party: number;
  /** The Speaker and Deputy Speakers: their "party" named in words, not as a party's badge. */
  chair?: true;
  seat: string | null;
  /** When the membership ran, in words; absent when the page says it once for every row. */
  when?: string;
};

/** The rows' markup: one element for React to draw (lib/view/html.ts), from the same rows here and in the browser. */
export function mpListRowsHtml(rows: ReadonlyArray<MpListRow>, parties: ReadonlyArray<RowParty>): Html {
  return html`${rows.map((m) => {
    const party = parties[m.party] ?? null;
    const name = m.id ? html`<a href="/mps/${m.id}" class="font-semibold">${m.name}</a>` : html`<span class="font-semibold">${m.name}</span>`;
    return html`<tr><th scope="row">${name}</th><td>${m.chair ? party?.name : partyBadgeHtml(party, { responsive: true })}</td><td>${
      m.seat ?? 'Not recorded'
    }</td>${m.when === undefined ? '' : html`<td class="text-sm">${m.when}</td>`}</tr>`;
  })}`;
}

export function MpListRows({ rows, parties }: { rows: ReadonlyArray<MpListRow>; parties: ReadonlyArray<RowParty> }) {
  return <tbody {...innerHtml(mpListRowsHtml(rows, parties))} />;
}
