import { partyColour } from '../party-badge';
import type { LobbyCount } from '@/lib/view/division-view';
import { describePartyChart, type PartyChartRow } from '@/lib/view/party-chart';
import { html, innerHtml, type Html } from '@/lib/view/html';

const ROW = 64;
const BAR = 16;
const TOP = 34;
/** Bars use at most this share of the width; the rest holds their labels ("No 293"). */
const BAR_SHARE = 72;

/**
 * Each party's ayes and noes as bars in the party's colour, drawn on the server as SVG. Rebels are hatched and
 * outlined; every bar is labelled in words, so colour is never the only signal. The SVG has no viewBox: bar
 * lengths are percentages and text keeps its size, so it reads the same on a phone and a wide screen.
 * `tableId` names the party table that holds the same figures (the table alternative). Its shapes are drawn as text
 * (lib/view/html.ts): a hundred elements that React would otherwise draw twice on every page.
 */
export function PartyVoteChart({
  rows,
  lobbies,
  title,
  tableId,
}: {
  rows: ReadonlyArray<PartyChartRow>;
  /** The official counts and how the party figures meet them: the chart's description says it. */
  lobbies: { aye: LobbyCount; no: LobbyCount };
  title: string;
  tableId: string;
}) {
  if (rows.length === 0) return null;
  const height = TOP + rows.length * ROW;

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
        <desc id="party-chart-desc">{describePartyChart(rows, lobbies)}</desc>
        <defs {...innerHtml(patternsHtml(rows))} />
        {/* Text and outlines in the text's colour, so that they read on the page in either colour scheme. */}
        <g aria-hidden="true" fill="currentColor" {...innerHtml(barsHtml(rows))} />
      </svg>
      <figcaption id="party-chart-caption" className="max-w-3xl text-sm text-muted">
        Ayes and noes by party, tellers included, each bar in the party&rsquo;s colour and labelled with its count;
        members who defied the whip are hatched. The same figures are in the table{' '}
        <a href={`#${tableId}`}>How each party voted</a>.
      </figcaption>
    </figure>
  );
}

/** The party's colour under black stripes, so a party whose voters all rebelled keeps its colour. */
function patternsHtml(rows: ReadonlyArray<PartyChartRow>): Html {
  const patterns = [{ id: 'legend', colour: '#ffffff' }, ...rows.map((r) => ({ id: String(r.party.id), colour: partyColour(r.party.colour) }))];
  return html`${patterns.map(
    (p) =>
      html`<pattern id="rebel-hatch-${p.id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.colour}"></rect><rect width="2" height="6" fill="#0b0c0c"></rect></pattern>`,
  )}`;
}

/** The legend, then each party's name and its aye and no bars, each labelled with its count; rebels hatched. */
function barsHtml(rows: ReadonlyArray<PartyChartRow>): Html {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.ayes, r.noes)));
  const pct = (n: number) => `${((n / max) * BAR_SHARE).toFixed(2)}%`;
  const legend = html`<rect x="0" y="6" width="22" height="14" fill="url(#rebel-hatch-legend)" stroke="currentColor" stroke-width="2"></rect><text x="30" y="18">Hatched: voted against the party’s whip</text>`;
  const parties = rows.map((row, i) => {
    const y = TOP + i * ROW;
    const rebels = row.rebelAyes + row.rebelNoes;
    const colour = partyColour(row.party.colour);
    const bars = (['aye', 'no'] as const).map((lobby, j) => {
      const count = lobby === 'aye' ? row.ayes : row.noes;
      const rebelCount = lobby === 'aye' ? row.rebelAyes : row.rebelNoes;
      const barY = y + 18 + j * (BAR + 4);
      const bar =
        count > 0
          ? html`<rect x="0" y="${barY}" width="${pct(count)}" height="${BAR}" fill="${colour}" stroke="currentColor" stroke-width="0.5"></rect>`
          : html`<rect x="0" y="${barY}" width="2" height="${BAR}" class="fill-line"></rect>`;
      const hatched =
        rebelCount > 0
          ? html`<rect x="${pct(count - rebelCount)}" y="${barY}" width="${pct(rebelCount)}" height="${BAR}" fill="url(#rebel-hatch-${row.party.id})" stroke="currentColor" stroke-width="2"></rect>`
          : '';
      return html`<g>${bar}${hatched}<text x="${count > 0 ? pct(count) : '2'}" dx="6" y="${barY + 13}" font-size="13">${lobby === 'aye' ? 'Aye' : 'No'} ${count}</text></g>`;
    });
    const against = rebels > 0 ? html`<tspan font-weight="400"> · ${rebels} against the whip</tspan>` : '';
    return html`<g><text x="0" y="${y + 12}" font-weight="600">${row.party.name}${against}</text>${bars}</g>`;
  });
  return html`${legend}${parties}`;
}
