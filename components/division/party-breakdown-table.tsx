import type { LobbyCount, MemberView, PartyRow } from '@/lib/view/division-view';
import { reconcileLobby } from '@/lib/view/party-chart';
import { describeInstruction, describeNoWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { PartyRows } from './party-rows';
import { WhipNotes } from './whip-notes';
import { Table, TableContainer, Td, Th } from '../table';

/**
 * Per party: how its members voted, the whip they were measured against (an inferred one says from what), and how
 * many defied it; then how the totals meet the official counts, and who was in the Chair. The parties' rows travel
 * as compact data drawn as text (PartyRows), as the long tables' rows do.
 */
export function PartyBreakdownTable({
  rows,
  lobbies,
  chair,
}: {
  rows: ReadonlyArray<PartyRow>;
  lobbies: { aye: LobbyCount; no: LobbyCount };
  chair: ReadonlyArray<MemberView>;
}) {
  const totals = rows.reduce(
    (t, r) => ({
      ayes: t.ayes + r.tally.ayes,
      noes: t.noes + r.tally.noes,
      both: t.both + r.tally.both,
      absent: t.absent + r.tally.absent,
      rebels: t.rebels + r.rebels,
    }),
    { ayes: 0, noes: 0, both: 0, absent: 0, rebels: 0 },
  );
  const contrasts = rows.filter((r) => r.whip?.origin === 'recorded' && r.rebels !== r.rebelsAgainstMajority);
  const notes = rows.filter((r) => r.whipNote || r.whipSources.length > 0);

  return (
    <div className="space-y-4">
      <TableContainer label="Party breakdown (scrolls sideways)">
        <Table caption="How each party voted (tellers included)" stacked>
          <thead>
            <tr>
              <Th>Party</Th>
              <Th>Whip</Th>
              <Th numeric>Rebels</Th>
              <Th numeric>Aye</Th>
              <Th numeric>No</Th>
              <Th numeric>Both</Th>
              <Th numeric>Did not vote</Th>
            </tr>
          </thead>
          <PartyRows
            rows={rows.map((row) => ({
              party: { name: row.party.name, abbreviation: row.party.abbreviation, colour: row.party.colour },
              ...(row.whip
                ? { instruction: describeInstruction(row.whip), basis: describeWhipBasis(row.whip, row.party.name) }
                : { noWhip: describeNoWhip(row.guess, row.party.name, row.tally.both) }),
              rebels: row.rebels,
              ayes: row.tally.ayes,
              noes: row.tally.noes,
              both: row.tally.both,
              absent: row.tally.absent,
            }))}
          />
          <tfoot>
            <tr className="font-semibold">
              <Th scope="row">All parties</Th>
              <Td>{''}</Td>
              <Td numeric label="Rebels">{totals.rebels}</Td>
              <Td numeric label="Aye">{totals.ayes}</Td>
              <Td numeric label="No">{totals.noes}</Td>
              <Td numeric label="Both">{totals.both}</Td>
              <Td numeric label="Did not vote">{totals.absent}</Td>
            </tr>
          </tfoot>
        </Table>
      </TableContainer>

      <div className="max-w-3xl space-y-1 text-sm">
        <p>{reconcileLobby('Ayes', lobbies.aye)}</p>
        <p>{reconcileLobby('Noes', lobbies.no)}</p>
        {chair.length > 0 ? (
          <p>
            In the Chair, and not voting: {chair.map((m) => `${m.name} (${m.party?.name ?? 'Chair'})`).join(', ')}. The Speaker and
            Deputy Speakers do not vote, so they are not counted as a party or among those who did not vote.
          </p>
        ) : null}
      </div>

      {contrasts.map((row) => (
        <p key={row.party.id} className="max-w-3xl border-l-4 border-brand pl-3">
          <strong>{row.party.name}:</strong> {row.rebels} defied the {row.whip?.basis === 'reported' ? 'reported' : 'recorded'} whip.
          Measured only against how most of its voting MPs voted, as trackers that guess the whip do, the count would be{' '}
          {row.rebelsAgainstMajority}.
        </p>
      ))}

      {notes.length > 0 ? (
        <WhipNotes
          notes={notes.map((row) => ({
            party: { name: row.party.name, abbreviation: row.party.abbreviation, colour: row.party.colour },
            note: row.whipNote,
            sources: row.whipSources,
          }))}
        />
      ) : null}
    </div>
  );
}
