'use client';

import { html, innerHtml, type Html } from '@/lib/view/html';
import { CHART_ROW, CHART_TOP, type ChartShapeRow } from '@/lib/view/party-chart';

// The party chart's shapes (components/division/party-vote-chart.tsx), drawn as text from compact rows: one element
// each for React, rather than a hundred SVG elements.

const BAR = 16;
/** Bars use at most this share of the width; the rest holds their labels ("No 293"). */
const BAR_SHARE = 72;

export function PartyChartShapes({ rows }: { rows: ReadonlyArray<ChartShapeRow> }) {
  return (
    <>
      <defs {...innerHtml(patternsHtml(rows))} />
      {/* Text and outlines in the text's colour, so that they read on the page in either colour scheme. */}
      <g aria-hidden="true" fill="currentColor" {...innerHtml(barsHtml(rows))} />
    </>
  );
}

/** The party's colour under black stripes, so a party whose voters all rebelled keeps its colour. */
export function patternsHtml(rows: ReadonlyArray<ChartShapeRow>): Html {
  const patterns = [{ id: 'legend', colour: '#ffffff' }, ...rows.map((r) => ({ id: String(r.id), colour: r.colour }))];
  return html`${patterns.map(
    (p) =>
      html`<pattern id="rebel-hatch-${p.id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.colour}"></rect><rect width="2" height="6" fill="#0b0c0c"></rect></pattern>`,
  )}`;
}

/** The legend, then each party's name and its aye and no bars, each labelled with its count; rebels hatched. */
export function barsHtml(rows: ReadonlyArray<ChartShapeRow>): Html {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.ayes, r.noes)));
  const pct = (n: number) => `${((n / max) * BAR_SHARE).toFixed(2)}%`;
  const legend = html`<rect x="0" y="6" width="22" height="14" fill="url(#rebel-hatch-legend)" stroke="currentColor" stroke-width="2"></rect><text x="30" y="18">Hatched: voted against the party’s whip</text>`;
  const parties = rows.map((row, i) => {
    const y = CHART_TOP + i * CHART_ROW;
    const rebels = row.rebelAyes + row.rebelNoes;
    const bars = (['aye', 'no'] as const).map((lobby, j) => {
      const count = lobby === 'aye' ? row.ayes : row.noes;
      const rebelCount = lobby === 'aye' ? row.rebelAyes : row.rebelNoes;
      const barY = y + 18 + j * (BAR + 4);
      const bar =
        count > 0
          ? html`<rect x="0" y="${barY}" width="${pct(count)}" height="${BAR}" fill="${row.colour}" stroke="currentColor" stroke-width="0.5"></rect>`
          : html`<rect x="0" y="${barY}" width="2" height="${BAR}" class="fill-line"></rect>`;
      const hatched =
        rebelCount > 0
          ? html`<rect x="${pct(count - rebelCount)}" y="${barY}" width="${pct(rebelCount)}" height="${BAR}" fill="url(#rebel-hatch-${row.id})" stroke="currentColor" stroke-width="2"></rect>`
          : '';
      return html`<g>${bar}${hatched}<text x="${count > 0 ? pct(count) : '2'}" dx="6" y="${barY + 13}" font-size="13">${lobby === 'aye' ? 'Aye' : 'No'} ${count}</text></g>`;
    });
    const against = rebels > 0 ? html`<tspan font-weight="400"> · ${rebels} against the whip</tspan>` : '';
    return html`<g><text x="0" y="${y + 12}" font-weight="600">${row.name}${against}</text>${bars}</g>`;
  });
  return html`${legend}${parties}`;
}
