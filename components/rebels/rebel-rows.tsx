'use client';

import type { VotePosition } from '@/lib/domain/types';
import type { RowParty } from '@/lib/view/row-parties';
import { html, innerHtml, type Html } from '@/lib/view/html';
import { partyBadgeHtml } from '../party-badge';
import { payrollCodeHtml, type PayrollCode } from '../payroll-badge';
import { tagHtml } from '../tag';
import { voteBadgeHtml } from '../vote-badge';

/** One vote against the whip, in a rebel's row. */
export type RebellionCell = {
  /** The division's official id, and its title as an index into the table's texts. */
  id: number;
  title: number;
  /** "15 Nov 2023 · whip: abstain (reported, three-line)": an index into the texts. */
  whip: number;
  vote: VotePosition;
  /** Frontbench (f), PPS (p) or backbench (b) on the day; absent when no post is recorded. */
  payroll?: PayrollCode;
  left?: true;
};

/**
 * One rebel's row, as compact as it can travel: the explorer sends a page of rows once, as data, drawn here (on the
 * server for the HTML, in the browser for the page's own copy), rather than a drawn table twice.
 */
export type RebelRowData = {
  id: number | null;
  name: string;
  /** "Bolton South East, England". */
  seat: string | null;
  /** Index into the table's parties; -1 for none recorded. */
  party: number;
  /** "of 3 whipped votes": an index into the texts. */
  of: number;
  rebellions: RebellionCell[];
};

/** The rows' markup: one element for React to draw (lib/view/html.ts), from the same rows here and in the browser. */
export function rebelRowsHtml(rows: ReadonlyArray<RebelRowData>, parties: ReadonlyArray<RowParty>, texts: ReadonlyArray<string>): Html {
  return html`${rows.map((row) => {
    const member = row.id ? html`<a href="/mps/${row.id}">${row.name}</a>` : html`<strong>${row.name}</strong>`;
    const rebellions = row.rebellions.map(
      (r) =>
        html`<li><a href="/divisions/${r.id}">${texts[r.title]}</a><small class="block text-sm text-muted">${texts[r.whip]}</small><span class="tags">${voteBadgeHtml(r.vote)}${
          r.payroll ? payrollCodeHtml(r.payroll) : ''
        }${r.left ? tagHtml('Left a post over it', 'warning') : ''}</span></li>`,
    );
    return html`<tr><th scope="row" class="member-cell">${member}${row.seat ? html`<small>${row.seat}</small>` : ''}<span class="block text-sm">${partyBadgeHtml(parties[row.party] ?? null, { short: true })}</span></th><td class="num"><span class="font-bold">${row.rebellions.length}</span><span class="block text-xs text-muted">${texts[row.of]}</span></td><td class="sm:min-w-64"><ul class="space-y-2">${rebellions}</ul></td></tr>`;
  })}`;
}

export function RebelRows({ rows, parties, texts }: { rows: ReadonlyArray<RebelRowData>; parties: ReadonlyArray<RowParty>; texts: ReadonlyArray<string> }) {
  return <tbody {...innerHtml(rebelRowsHtml(rows, parties, texts))} />;
}
