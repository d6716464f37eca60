import type { MemberView } from '@/lib/view/division-view';
import { describeVerdictShort } from '@/lib/view/whip-wording';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { Table, TableContainer, Th } from '../table';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

const REBEL_CELL = { className: 'font-semibold' };

/**
 * Every member shown with their vote; name and vote first so that a phone shows them without scrolling. A division
 * lists 650 members, so each row is kept lean: plain anchors rather than router links (650 of them would each be
 * hydrated and prefetched), and no attribute is written when there is nothing to say, since the page's React payload
 * repeats every row after its HTML.
 */
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
                  <a href={`/mps/${m.parliamentId}`} className="font-semibold">
                    {m.name}
                  </a>
                ) : (
                  <span className="font-semibold">{m.name}</span>
                )}
                {m.constituencyName ? <span className="block text-sm text-muted">{m.constituencyName}</span> : null}
              </Th>
              {m.inChair ? (
                <>
                  <td>In the Chair</td>
                  <td>{m.party?.name}</td>
                  <td className="text-muted">Does not vote</td>
                </>
              ) : (
                <>
                  <td>
                    <VoteBadge position={m.position} />
                  </td>
                  <td>
                    <PartyBadge party={m.party} short />
                  </td>
                  <td {...(m.verdict === 'rebelled' ? REBEL_CELL : null)}>{describeVerdictShort(m.verdict, m.whip)}</td>
                </>
              )}
              {m.isTeller || m.proxyName || m.payroll !== 'not_recorded' ? (
                <td>
                  <span className="flex flex-wrap gap-1">
                    {m.isTeller ? <Tag tone="info">Teller</Tag> : null}
                    {m.proxyName ? <Tag>Proxy: {m.proxyName}</Tag> : null}
                    <PayrollBadge status={m.payroll} />
                  </span>
                </td>
              ) : (
                <td />
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
