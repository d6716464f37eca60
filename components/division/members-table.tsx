import Link from 'next/link';
import type { MemberView } from '@/lib/view/division-view';
import { describeVerdictShort } from '@/lib/view/whip-wording';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { Table, TableContainer, Td, Th } from '../table';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/** Every member shown with their vote; name and vote first so that a phone shows them without scrolling. */
export function MembersTable({ members, caption }: { members: ReadonlyArray<MemberView>; caption: string }) {
  return (
    <TableContainer label="Members and their votes (scrolls sideways)">
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Vote</Th>
            <Th>Party</Th>
            <Th>Whip</Th>
            <Th>Notes</Th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.personId}>
              <Th scope="row" className="min-w-40">
                {m.parliamentId ? (
                  <Link href={`/mps/${m.parliamentId}`} className="font-semibold">
                    {m.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{m.name}</span>
                )}
                {m.constituencyName ? <span className="block text-sm text-muted">{m.constituencyName}</span> : null}
              </Th>
              <Td>
                <VoteBadge position={m.position} />
              </Td>
              <Td>
                <PartyBadge party={m.party} short />
              </Td>
              <Td className={m.verdict === 'rebelled' ? 'font-semibold' : undefined}>
                {describeVerdictShort(m.verdict)}
              </Td>
              <Td>
                {m.isTeller || m.proxyName || m.payroll ? (
                  <span className="flex flex-wrap gap-1">
                    {m.isTeller ? <Tag tone="info">Teller</Tag> : null}
                    {m.proxyName ? <Tag>Proxy: {m.proxyName}</Tag> : null}
                    <PayrollBadge status={m.payroll} />
                  </span>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
