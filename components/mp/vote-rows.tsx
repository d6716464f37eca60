'use client';

import type { VotePosition } from '@/lib/domain/types';
import { html, innerHtml, type Html } from '@/lib/view/html';
import { tagHtml } from '../tag';
import { voteBadgeHtml } from '../vote-badge';

/**
 * One vote of an MP's record, as compact as it can travel: the page sends a page of rows once, as data, drawn here
 * (on the server for the HTML, in the browser for the page's own copy), rather than a drawn table twice.
 */
export type VoteRow = {
  /** The division's official id, for the link; null for one entered without it. */
  id: number | null;
  title: string;
  /** "15 Nov 2023 · division 1666". */
  when: string;
  /** "Labour, Bolton South East", or what is not recorded: an index into the table's texts. */
  as: number;
  /** Null in the Chair, who does not vote. */
  vote: VotePosition | null;
  /** The vote against the whip, in a sentence; and the whip's basis, when there is a whip: indexes into the texts. */
  verdict: number;
  whip?: number;
  rebel?: true;
  teller?: true;
  proxy?: string;
};

/** The rows' markup: one element for React to draw (lib/view/html.ts), from the same rows here and in the browser. */
export function voteRowsHtml(rows: ReadonlyArray<VoteRow>, texts: ReadonlyArray<string>): Html {
  return html`${rows.map((v) => {
    const division = v.id ? html`<a href="/divisions/${v.id}">${v.title}</a>` : html`<strong>${v.title}</strong>`;
    const vote =
      v.vote === null
        ? html`<td class="min-w-44">In the Chair: the Speaker and Deputy Speakers do not vote.</td>`
        : html`<td class="min-w-44"><span class="tags items-start">${voteBadgeHtml(v.vote)}${v.teller ? tagHtml('Teller', 'info') : ''}${
            v.proxy ? tagHtml(`Proxy: ${v.proxy}`) : ''
          }</span><span class="${v.rebel ? 'mt-1 block font-semibold' : 'mt-1 block'}">${texts[v.verdict]}</span>${
            v.whip !== undefined ? html`<small class="block text-sm text-muted">Whip: ${texts[v.whip]}.</small>` : ''
          }</td>`;
    return html`<tr><th scope="row" class="member-cell">${division}<small>${v.when}</small><small>${texts[v.as]}</small></th>${vote}</tr>`;
  })}`;
}

export function VoteRows({ rows, texts }: { rows: ReadonlyArray<VoteRow>; texts: ReadonlyArray<string> }) {
  return <tbody {...innerHtml(voteRowsHtml(rows, texts))} />;
}
