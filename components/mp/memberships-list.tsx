import type { MembershipRow } from '@/db/queries/person';
import type { PartySummary } from '@/db/queries/parties';
import { describeMembershipDates } from '@/lib/view/format';
import { PartyBadge } from '../party-badge';
import { Table, TableContainer, Td, Th } from '../table';

const BASIS_WORDS: Record<MembershipRow['datesBasis'], string> = {
  official: 'Official record (Members API)',
  editor: 'Entered by an editor',
  record: 'The division records',
};

/** Every Commons membership, latest first: party and seat over time, and where each period is known from. */
export function MembershipsList({ memberships, parties }: { memberships: ReadonlyArray<MembershipRow>; parties: ReadonlyMap<number, PartySummary> }) {
  return (
    <TableContainer label="Party and seat over time (scrolls sideways)">
      <Table caption="Party and seat over time, latest first" captionHidden>
        <thead>
          <tr>
            <Th>Party</Th>
            <Th>Constituency</Th>
            <Th>When</Th>
            <Th>Known from</Th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => {
            const party = parties.get(m.partyId) ?? null;
            return (
              <tr key={m.id}>
                <Td>{party?.kind === 'speaker' ? party.name : <PartyBadge party={party} />}</Td>
                <Td>{m.constituencyName ?? 'Not recorded'}</Td>
                <Td>
                  {describeMembershipDates(m)}
                  {m.endReason ? <span className="block text-sm text-muted">{m.endReason}</span> : null}
                </Td>
                <Td>{BASIS_WORDS[m.datesBasis]}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableContainer>
  );
}
