'use client';

import type { PartyTable } from '@/lib/view/party-table';
import { PartyRows } from './party-rows';
import { WhipNotes } from './whip-notes';
import { Table, TableContainer, Td, Th } from '../table';

/**
 * Per party: how its members voted, the whip they were measured against (an inferred one says from what), and how
 * many defied it; then how the totals meet the official counts, and who was in the Chair. Sent as compact data
 * (lib/view/party-table.ts: the sentences already worded) and drawn here, on the server for the HTML and in the
 * browser for the page's own copy, rather than drawn twice.
 */
export function PartyBreakdownTable({ table }: { table: PartyTable }) {
  const { totals } = table;
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
          <PartyRows rows={table.rows} />
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
        {table.counts.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {table.chair ? (
          <p>
            In the Chair, and not voting: {table.chair}. The Speaker and Deputy Speakers do not vote, so they are not
            counted as a party or among those who did not vote.
          </p>
        ) : null}
      </div>

      {table.contrasts.map((row) => (
        <p key={row.party} className="max-w-3xl border-l-4 border-brand pl-3">
          <strong>{row.party}:</strong> {row.rebels} defied the {row.whip} whip. Measured only against how most of its
          voting MPs voted, as trackers that guess the whip do, the count would be {row.againstMajority}.
        </p>
      ))}

      {table.notes.length > 0 ? <WhipNotes notes={table.notes} /> : null}
    </div>
  );
}
