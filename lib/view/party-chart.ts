import type { MemberView, PartyInfo, PartyRow } from './division-view';

// The party chart's figures: each party's ayes and noes (tellers included, as in the party table) and how many
// in each lobby defied the whip. Pure; the verdicts are the ones buildDivisionView took from lib/domain.

export type PartyChartRow = { party: PartyInfo; ayes: number; noes: number; rebelAyes: number; rebelNoes: number };

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

/** The chart's text alternative in one paragraph: each lobby, party by party, with rebels. */
export function describePartyChart(rows: ReadonlyArray<PartyChartRow>): string {
  const lobby = (key: 'ayes' | 'noes', rebelKey: 'rebelAyes' | 'rebelNoes', word: string) => {
    const parts = rows
      .filter((r) => r[key] > 0)
      .sort((a, b) => b[key] - a[key])
      .map((r) => `${r.party.name} ${r[key]}${r[rebelKey] > 0 ? ` (${r[rebelKey]} against the whip)` : ''}`);
    const total = rows.reduce((sum, r) => sum + r[key], 0);
    return `${word} ${total}: ${parts.length > 0 ? parts.join(', ') : 'none'}.`;
  };
  return `${lobby('ayes', 'rebelAyes', 'Ayes, tellers included,')} ${lobby('noes', 'rebelNoes', 'Noes, tellers included,')}`;
}
