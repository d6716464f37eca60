import type { MemberView } from '@/lib/view/division-view';
import { describeVerdictShort } from '@/lib/view/whip-wording';
import { payrollCode } from '../payroll-badge';
import { Table, TableContainer, Th } from '../table';
import { rowParties } from '@/lib/view/row-parties';
import { MemberRows, type MemberRow } from './member-rows';

/**
 * The members shown with their votes; name and vote first so that a phone shows them without scrolling. The rows
 * travel once, as compact data drawn by MemberRows: drawn here as a server table, each row would be sent twice
 * (as HTML and again in the page's React payload), which made a division page of 650 members 1.3 MB. Plain anchors,
 * not router links, so that rows are neither hydrated as links nor prefetched.
 */
export function MembersTable({ members, caption }: { members: ReadonlyArray<MemberView>; caption: string }) {
  const { parties, indexOf } = rowParties();
  const rows = members.map((m): MemberRow => {
    const payroll = payrollCode(m.payroll);
    return {
      id: m.parliamentId,
      name: m.name,
      seat: m.constituencyName,
      vote: m.position,
      party: indexOf(m.party),
      verdict: m.inChair ? null : describeVerdictShort(m.verdict, m.whip),
      ...(m.verdict === 'rebelled' ? { rebel: true } : null),
      ...(m.isTeller ? { teller: true } : null),
      ...(m.proxyName ? { proxy: m.proxyName } : null),
      ...(payroll ? { payroll } : null),
    };
  });
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
