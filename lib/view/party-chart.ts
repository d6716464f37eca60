import type { LobbyCount, MemberView, PartyInfo, PartyRow } from './division-view';
import { plural } from './format';
import { partyColour } from './party-colour';

// The party chart's figures: each party's ayes and noes (tellers included, as in the party table) and how many
// in each lobby defied the whip. Pure; the verdicts are the ones buildDivisionView took from lib/domain.

/** The party chart's layout: the height of one party's name and its two bars, and of the legend above them. */
export const CHART_ROW = 64;
export const CHART_TOP = 34;

export type PartyChartRow = { party: PartyInfo; ayes: number; noes: number; rebelAyes: number; rebelNoes: number };

/** One party's bars as the chart is sent them: its colour as "#rrggbb", its ayes and noes, and how many of each defied the whip. */
export type ChartShapeRow = { id: number; name: string; colour: string; ayes: number; noes: number; rebelAyes: number; rebelNoes: number };

/** What the chart draws (components/division/party-vote-chart.tsx), and the words it gives screen readers. */
export type PartyChartData = { rows: ChartShapeRow[]; description: string };

export function partyChartOf(rows: ReadonlyArray<PartyChartRow>, lobbies: { aye: LobbyCount; no: LobbyCount }): PartyChartData {
  return {
    rows: rows.map((r) => ({ id: r.party.id, name: r.party.name, colour: partyColour(r.party.colour), ayes: r.ayes, noes: r.noes, rebelAyes: r.rebelAyes, rebelNoes: r.rebelNoes })),
    description: describePartyChart(rows, lobbies),
  };
}

export function buildPartyChartRows(partyRows: ReadonlyArray<PartyRow>, members: ReadonlyArray<MemberView>): PartyChartRow[] {
  const rebels = new Map<number, { aye: number; no: number }>();
  for (const m of members) {
    if (m.verdict !== 'rebelled' || m.partyId === null || (m.position !== 'aye' && m.position !== 'no')) continue;
    const r = rebels.get(m.partyId) ?? { aye: 0, no: 0 };
    r[m.position] += 1;
    rebels.set(m.partyId, r);
  }
  return partyRows
    .filter((r) => r.tally.ayes + r.tally.noes > 0)
    .map((r) => ({
      party: r.party,
      ayes: r.tally.ayes,
      noes: r.tally.noes,
      rebelAyes: rebels.get(r.party.id)?.aye ?? 0,
      rebelNoes: rebels.get(r.party.id)?.no ?? 0,
    }));
}

/**
 * How a lobby's official count meets the party figures, in one sentence: "Ayes: 125 (the official count). The
 * party figures add up to 127: the 125 names recorded and the 2 tellers." Every difference is named: tellers (in
 * the party figures, not the official count), members in both lobbies (in the official count, shown as "both"),
 * and names recorded that differ from the official count.
 */
export function reconcileLobby(word: 'Ayes' | 'Noes', lobby: LobbyCount): string {
  const parts = [`${lobby.namesRecorded === lobby.official ? `the ${lobby.namesRecorded}` : `${lobby.namesRecorded}`} ${lobby.namesRecorded === 1 ? 'name' : 'names'} recorded`];
  if (lobby.tellers > 0) parts.push(`plus ${plural(lobby.tellers, 'teller')}, counted with their party but not in the official count`);
  if (lobby.both > 0) parts.push(`less ${plural(lobby.both, 'member')} also listed in the other lobby, shown as \u201cboth\u201d`);
  const differs =
    lobby.namesRecorded === lobby.official
      ? ''
      : ` The record lists ${lobby.namesRecorded} names against the official ${lobby.official}: we show the official count, and every name as recorded.`;
  return `${word}: ${lobby.official} (the official count). The party figures add up to ${lobby.partyTotal}: ${parts.join(', ')}.${differs}`;
}

/** The chart's text alternative in one paragraph: each lobby, party by party, with rebels, and how it meets the official count. */
export function describePartyChart(rows: ReadonlyArray<PartyChartRow>, lobbies?: { aye: LobbyCount; no: LobbyCount }): string {
  const lobby = (key: 'ayes' | 'noes', rebelKey: 'rebelAyes' | 'rebelNoes', word: string) => {
    const parts = rows
      .filter((r) => r[key] > 0)
      .sort((a, b) => b[key] - a[key])
      .map((r) => `${r.party.name} ${r[key]}${r[rebelKey] > 0 ? ` (${r[rebelKey]} against the whip)` : ''}`);
    const total = rows.reduce((sum, r) => sum + r[key], 0);
    return `${word} ${total}: ${parts.length > 0 ? parts.join(', ') : 'none'}.`;
  };
  const sentences = [lobby('ayes', 'rebelAyes', 'Aye lobby by party, tellers included,'), lobby('noes', 'rebelNoes', 'No lobby by party, tellers included,')];
  if (lobbies) sentences.push(reconcileLobby('Ayes', lobbies.aye), reconcileLobby('Noes', lobbies.no));
  return sentences.join(' ');
}
