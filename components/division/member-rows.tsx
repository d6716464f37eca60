'use client';

import type { VotePosition } from '@/lib/domain/types';
import type { RowParty } from '@/lib/view/row-parties';
import { html, innerHtml, type Html } from '@/lib/view/html';
import { partyBadgeHtml } from '../party-badge';
import { payrollCodeHtml, type PayrollCode } from '../payroll-badge';
import { tagHtml } from '../tag';
import { voteBadgeHtml } from '../vote-badge';

/**
 * One member's row, as compact as it can travel: the page sends the rows once, as data, and they are drawn here
 * (on the server for the HTML, in the browser for the page's own copy) rather than sent as a drawn table twice.
 */
export type MemberRow = {
  /** Official member id, for the link; null for a person without one. */
  id: number | null;
  name: string;
  seat: string | null;
  vote: VotePosition;
  /** Index into the table's parties; -1 for none recorded. */
  party: number;
  /** What the vote was against the whip, in words ("Defied the whip"); null in the Chair. */
  verdict: string | null;
  rebel?: true;
  teller?: true;
  proxy?: string;
  /** Frontbench (f), PPS (p) or backbench (b) on the day; absent when no post is recorded. */
  payroll?: PayrollCode;
};

/** The rows' markup: one element for React to draw (lib/view/html.ts), from the same rows here and in the browser. */
export function memberRowsHtml(rows: ReadonlyArray<MemberRow>, parties: ReadonlyArray<RowParty>): Html {
  return html`${rows.map((m) => {
    const party = parties[m.party] ?? null;
    const member = m.id ? html`<a href="/mps/${m.id}">${m.name}</a>` : html`<strong>${m.name}</strong>`;
    const vote =
      m.verdict === null
        ? html`<td>In the Chair</td><td>${party?.name}</td><td class="text-muted" data-label="Whip">Does not vote</td>`
        : html`<td>${voteBadgeHtml(m.vote)}</td><td>${partyBadgeHtml(party, { short: true })}</td><td${m.rebel ? html` class="font-semibold"` : ''} data-label="Whip">${m.verdict}</td>`;
    const notes =
      m.teller || m.proxy || m.payroll
        ? html`<td><span class="tags">${m.teller ? tagHtml('Teller', 'info') : ''}${m.proxy ? tagHtml(`Proxy: ${m.proxy}`) : ''}${
            m.payroll ? payrollCodeHtml(m.payroll) : ''
          }</span></td>`
        : html`<td></td>`;
    return html`<tr><th scope="row" class="member-cell">${member}${m.seat ? html`<small>${m.seat}</small>` : ''}</th>${vote}${notes}</tr>`;
  })}`;
}

export function MemberRows({ rows, parties }: { rows: ReadonlyArray<MemberRow>; parties: ReadonlyArray<RowParty> }) {
  return <tbody {...innerHtml(memberRowsHtml(rows, parties))} />;
}
