'use client';

import type { RowParty } from '@/lib/view/row-parties';
import { html, innerHtml, type Html } from '@/lib/view/html';
import { partyBadgeHtml } from '../party-badge';

/**
 * One party's row of a division's party table (components/division/party-breakdown-table.tsx), as compact as it can
 * travel: its whip in words (or why none is known) and its figures. The rows are sent once, as data, and drawn as
 * text (lib/view/html.ts) on the server for the HTML and in the browser for the page's own copy.
 */
export type PartyRowCells = {
  party: RowParty;
  /** The whip ("Vote for") and what it rests on; or, with no whip known, why (`noWhip`). */
  instruction?: string;
  basis?: string;
  noWhip?: string;
  rebels: number;
  ayes: number;
  noes: number;
  both: number;
  absent: number;
};

export function partyRowsHtml(rows: ReadonlyArray<PartyRowCells>): Html {
  return html`${rows.map((row) => {
    const whip =
      row.instruction !== undefined
        ? html`<span class="font-semibold">${row.instruction}</span><span class="block text-sm text-muted">${row.basis}</span>`
        : html`<span class="text-muted">No whip known: ${row.noWhip}</span>`;
    return html`<tr><th scope="row" class="font-semibold">${partyBadgeHtml(row.party, { responsive: true })}</th><td class="min-w-40" data-label="Whip">${whip}</td><td class="num${
      row.rebels > 0 ? ' font-bold' : ''
    }" data-label="Rebels">${row.rebels}</td><td class="num" data-label="Aye">${row.ayes}</td><td class="num" data-label="No">${row.noes}</td><td class="num" data-label="Both">${
      row.both
    }</td><td class="num" data-label="Did not vote">${row.absent}</td></tr>`;
  })}`;
}

export function PartyRows({ rows }: { rows: ReadonlyArray<PartyRowCells> }) {
  return <tbody {...innerHtml(partyRowsHtml(rows))} />;
}
