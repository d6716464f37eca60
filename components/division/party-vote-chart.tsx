import { partyColour } from '@/lib/view/party-colour';
import type { LobbyCount } from '@/lib/view/division-view';
import { CHART_ROW, CHART_TOP, describePartyChart, type PartyChartRow } from '@/lib/view/party-chart';
import { PartyChartShapes } from './party-chart-shapes';

/**
 * Each party's ayes and noes as bars in the party's colour, drawn on the server as SVG. Rebels are hatched and
 * outlined; every bar is labelled in words, so colour is never the only signal. The SVG has no viewBox: bar
 * lengths are percentages and text keeps its size, so it reads the same on a phone and a wide screen.
 * `tableId` names the party table that holds the same figures (the table alternative). Its shapes are drawn as text
 * from compact rows (PartyChartShapes): a hundred elements that React would otherwise draw twice on every page.
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
        <desc id="party-chart-desc">{describePartyChart(rows, lobbies)}</desc>
        <PartyChartShapes
          rows={rows.map((r) => ({ id: r.party.id, name: r.party.name, colour: partyColour(r.party.colour), ayes: r.ayes, noes: r.noes, rebelAyes: r.rebelAyes, rebelNoes: r.rebelNoes }))}
        />
      </svg>
      <figcaption id="party-chart-caption" className="max-w-3xl text-sm text-muted">
        Ayes and noes by party, tellers included, each bar in the party&rsquo;s colour and labelled with its count;
        members who defied the whip are hatched. The same figures are in the table{' '}
        <a href={`#${tableId}`}>How each party voted</a>.
      </figcaption>
    </figure>
  );
}
