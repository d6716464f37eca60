import type { RowParty } from '@/lib/view/row-parties';
import { Table, TableContainer, Th } from '../table';
import { MemberRows, type MemberRow } from './member-rows';

/**
 * The members shown with their votes; name and vote first so that a phone shows them without scrolling. The rows
 * travel once, as compact data (lib/view/member-rows.ts) drawn by MemberRows: drawn as a server table, each row would
 * be sent twice (as HTML and again in the page's React payload), which made a division page of 650 members 1.3 MB.
 * Plain anchors, not router links, so that rows are neither hydrated as links nor prefetched.
 */
export function MembersTable({ rows, parties, caption }: { rows: ReadonlyArray<MemberRow>; parties: ReadonlyArray<RowParty>; caption: string }) {
  return (
    <TableContainer label="Members and their votes (scrolls sideways)">
      <Table caption={caption} captionHidden stacked className="members">
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Vote</Th>
            <Th>Party</Th>
            <Th>Whip</Th>
            <Th>Notes</Th>
          </tr>
        </thead>
        <MemberRows rows={rows} parties={parties} />
      </Table>
    </TableContainer>
  );
}
