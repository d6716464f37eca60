import { NATION_NAMES } from '@/lib/domain/nation';
import { formatDate, plural } from '@/lib/view/format';
import type { RebelRow } from '@/lib/view/rebels';
import { describeInstruction, describeWhipBasis } from '@/lib/view/whip-wording';
import { rowParties, rowTexts } from '@/lib/view/row-parties';
import { payrollCode } from '../payroll-badge';
import { Table, TableContainer, Th } from '../table';
import { RebelRows, type RebelRowData } from './rebel-rows';

/**
 * The explorer's rows: one per rebel, with the votes against the whip that match the filters. Each fact is
 * written once, on a phone and on a wide screen alike (the party sits under the name), and the rows travel once, as
 * data drawn by RebelRows, not as a drawn table sent twice (HTML and the page's React payload), with the titles and
 * whips that many rebels share sent once each (rowTexts).
 */
export function RebelsTable({ rows, caption }: { rows: ReadonlyArray<RebelRow>; caption: string }) {
  const { parties, indexOf } = rowParties();
  const { texts, indexOf: textIndex } = rowTexts();
  const data = rows.map(
    (row): RebelRowData => ({
      id: row.parliamentId,
      name: row.name,
      seat: row.constituencyName ? (row.nation ? `${row.constituencyName}, ${NATION_NAMES[row.nation]}` : row.constituencyName) : null,
      party: indexOf(row.party),
      of: textIndex(`of ${plural(row.tally.whippedVotes, 'whipped vote')}`),
      rebellions: row.rebellions.map((r) => {
        const payroll = payrollCode(r.payroll);
        return {
          id: r.division.officialId,
          title: textIndex(r.division.title),
          whip: textIndex(`${formatDate(r.division.date)} · whip: ${describeInstruction(r.whip).toLowerCase()} (${describeWhipBasis(r.whip)})`),
          vote: r.position,
          ...(payroll ? { payroll } : null),
          ...(r.leftPost ? { left: true } : null),
        };
      }),
    }),
  );
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
        <RebelRows rows={data} parties={parties} texts={texts} />
      </Table>
    </TableContainer>
  );
}
