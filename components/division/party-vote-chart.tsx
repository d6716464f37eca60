'use client';

import { CHART_ROW, CHART_TOP, type PartyChartData } from '@/lib/view/party-chart';
import { PartyChartShapes } from './party-chart-shapes';

/**
 * Each party's ayes and noes as bars in the party's colour, drawn as SVG. Rebels are hatched and outlined; every bar
 * is labelled in words, so colour is never the only signal. The SVG has no viewBox: bar lengths are percentages and
 * text keeps its size, so it reads the same on a phone and a wide screen. `tableId` names the party table that holds
 * the same figures (the table alternative). A client component given compact rows and its description, worded on
 * the server (lib/view/party-chart.ts partyChartOf) and drawn from them on the server for the HTML and in the
 * browser: drawn by a server component around its shapes, its frame and description went a second time into the
 * page's React payload, and a division page cost about 0.6 ms more to make (side by side, three rounds).
 */
export function PartyVoteChart({ chart, title, tableId }: { chart: PartyChartData; title: string; tableId: string }) {
  const { rows, description } = chart;
  if (rows.length === 0) return null;
  const height = CHART_TOP + rows.length * CHART_ROW;

  return (
    <figure className="space-y-2" aria-labelledby="party-chart-caption">
      <svg
        role="img"
        aria-labelledby="party-chart-title"
        aria-describedby="party-chart-desc"
        width="100%"
        height={height}
        className="block max-w-3xl text-ink"
        fontSize="14"
        fontFamily="inherit"
      >
        <title id="party-chart-title">{title}</title>
        <desc id="party-chart-desc">{description}</desc>
        <PartyChartShapes rows={rows} />
      </svg>
      <figcaption id="party-chart-caption" className="max-w-3xl text-sm text-muted">
        Ayes and noes by party, tellers included, each bar in the party&rsquo;s colour and labelled with its count;
        members who defied the whip are hatched. The same figures are in the table{' '}
        <a href={`#${tableId}`}>How each party voted</a>.
      </figcaption>
    </figure>
  );
}
