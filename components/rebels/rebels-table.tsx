import Link from 'next/link';
import { NATION_NAMES } from '@/lib/domain/nation';
import { formatDate, plural } from '@/lib/view/format';
import type { RebelRow } from '@/lib/view/rebels';
import { describeInstruction, describeWhipBasis } from '@/lib/view/whip-wording';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { Table, TableContainer, Td, Th } from '../table';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/**
 * The explorer's rows: one per rebel, with the votes against the whip that match the filters. Each fact is
 * written once, on a phone and on a wide screen alike (the party sits under the name), and text is built as
 * one string, so that a page of a hundred rebels stays light.
 */
export function RebelsTable({ rows, caption }: { rows: ReadonlyArray<RebelRow>; caption: string }) {
  return (
    <TableContainer label="Rebels (scrolls sideways)">
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th numeric>Rebellions</Th>
            <Th>Votes against the whip</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.personId}>
              <Th scope="row" className="sm:min-w-36">
                {row.parliamentId ? (
                  <Link href={`/mps/${row.parliamentId}`} className="font-semibold">
                    {row.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{row.name}</span>
                )}
                {row.constituencyName ? (
                  <span className="block text-sm text-muted">
                    {row.nation ? `${row.constituencyName}, ${NATION_NAMES[row.nation]}` : row.constituencyName}
                  </span>
                ) : null}
                <span className="block text-sm">
                  <PartyBadge party={row.party} short />
                </span>
              </Th>
              <Td numeric>
                <span className="font-bold">{row.rebellions.length}</span>
                <span className="block text-xs text-muted">{`of ${plural(row.tally.whippedVotes, 'whipped vote')}`}</span>
              </Td>
              <Td className="sm:min-w-64">
                <ul className="space-y-2">
                  {row.rebellions.map((r) => (
                    <li key={r.division.officialId}>
                      <Link href={`/divisions/${r.division.officialId}`}>{r.division.title}</Link>
                      <span className="block text-sm text-muted">
                        {`${formatDate(r.division.date)} · whip: ${describeInstruction(r.whip).toLowerCase()} (${describeWhipBasis(r.whip)})`}
                      </span>
                      <span className="flex flex-wrap gap-1">
                        <VoteBadge position={r.position} />
                        <PayrollBadge status={r.payroll} />
                        {r.leftPost ? <Tag tone="warning">Left a post over it</Tag> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
