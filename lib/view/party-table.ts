import type { PartyRowCells } from '@/components/division/party-rows';
import type { WhipNote } from '@/components/division/whip-notes';
import type { LobbyCount, MemberView, PartyRow } from './division-view';
import { reconcileLobby } from './party-chart';
import { rowParty } from './row-parties';
import { describeInstruction, describeNoWhip, describeWhipBasis } from './whip-wording';

/** A division's party table as its client component draws it (components/division/party-breakdown-table.tsx). */
export type PartyTable = {
  rows: PartyRowCells[];
  totals: { rebels: number; ayes: number; noes: number; both: number; absent: number };
  /** How each lobby's party figures meet its official count. */
  counts: string[];
  /** Who was in the Chair ("Kevin Davis (Speaker)"); null when nobody is recorded. */
  chair: string | null;
  /** A party whose recorded whip finds other rebels than its majority would: the two counts. */
  contrasts: { party: string; rebels: number; whip: 'reported' | 'recorded'; againstMajority: number }[];
  notes: WhipNote[];
};

/** Words and figures the party table shows, from a division's view: only what is drawn travels to the browser. */
export function partyTableOf(
  rows: ReadonlyArray<PartyRow>,
  lobbies: { aye: LobbyCount; no: LobbyCount },
  chair: ReadonlyArray<MemberView>,
): PartyTable {
  return {
    rows: rows.map((row) => ({
      party: rowParty(row.party),
      ...(row.whip
        ? { instruction: describeInstruction(row.whip), basis: describeWhipBasis(row.whip, row.party.name) }
        : { noWhip: describeNoWhip(row.guess, row.party.name, row.tally.both) }),
      rebels: row.rebels,
      ayes: row.tally.ayes,
      noes: row.tally.noes,
      both: row.tally.both,
      absent: row.tally.absent,
    })),
    totals: rows.reduce(
      (t, r) => ({
        rebels: t.rebels + r.rebels,
        ayes: t.ayes + r.tally.ayes,
        noes: t.noes + r.tally.noes,
        both: t.both + r.tally.both,
        absent: t.absent + r.tally.absent,
      }),
      { rebels: 0, ayes: 0, noes: 0, both: 0, absent: 0 },
    ),
    counts: [reconcileLobby('Ayes', lobbies.aye), reconcileLobby('Noes', lobbies.no)],
    chair: chair.length > 0 ? chair.map((m) => `${m.name} (${m.party?.name ?? 'Chair'})`).join(', ') : null,
    contrasts: rows
      .filter((r) => r.whip?.origin === 'recorded' && r.rebels !== r.rebelsAgainstMajority)
      .map((r) => ({
        party: r.party.name,
        rebels: r.rebels,
        whip: r.whip?.basis === 'reported' ? 'reported' : 'recorded',
        againstMajority: r.rebelsAgainstMajority,
      })),
    notes: rows
      .filter((r) => r.whipNote || r.whipSources.length > 0)
      .map((r) => ({ party: rowParty(r.party), note: r.whipNote, sources: r.whipSources })),
  };
}
