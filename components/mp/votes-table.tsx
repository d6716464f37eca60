import type { PersonVoteRow } from '@/db/queries/person';
import type { VoteView } from '@/lib/view/member-view';
import { formatDate } from '@/lib/view/format';
import { rowTexts } from '@/lib/view/row-parties';
import { describeVoteAgainstWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { Table, TableContainer, Th } from '../table';
import { VoteRows, type VoteRow } from './vote-rows';

/**
 * Each recorded vote (a page of them) with the whip it is measured against, in plain English. The rows travel once,
 * as data drawn by VoteRows, not as a drawn table sent twice (HTML and the page's React payload), and the sentences
 * they repeat travel once each (rowTexts). The division links
 * are plain anchors: a page of a hundred router links would each be hydrated and prefetched as they scroll by.
 */
export function VotesTable({
  votes,
  parties,
  caption = 'Recorded votes, newest first',
}: {
  votes: ReadonlyArray<VoteView<PersonVoteRow>>;
  /** Every party by id: each vote shows the party (and seat) of its own day. */
  parties: ReadonlyMap<number, { name: string; kind: string }>;
  caption?: string;
}) {
  if (votes.length === 0) return <p>No votes recorded.</p>;
  const partyName = (id: number | null) => (id === null ? null : (parties.get(id)?.name ?? null));
  const { texts, indexOf } = rowTexts();
  const rows = votes.map((v): VoteRow => {
    const inChair = v.partyId !== null && parties.get(v.partyId)?.kind === 'speaker';
    return {
      id: v.officialId,
      title: v.shortTitle ?? v.officialTitle,
      when: `${formatDate(v.date)}${v.officialId ? ` · division ${v.officialId}` : ''}`,
      as: indexOf([partyName(v.partyId), v.constituencyName].filter(Boolean).join(', ') || 'Party and seat not recorded'),
      vote: inChair ? null : v.position,
      verdict: indexOf(describeVoteAgainstWhip(v.position, v.verdict, v.whip, partyName(v.partyId))),
      ...(v.whip ? { whip: indexOf(describeWhipBasis(v.whip, partyName(v.partyId))) } : null),
      ...(v.verdict === 'rebelled' ? { rebel: true } : null),
      ...(v.isTeller ? { teller: true } : null),
      ...(v.proxyName ? { proxy: v.proxyName } : null),
    };
  });
  return (
    <TableContainer label="Votes (scrolls sideways)">
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <Th>Division</Th>
            <Th>Vote, and the party whip</Th>
          </tr>
        </thead>
        <VoteRows rows={rows} texts={texts} />
      </Table>
    </TableContainer>
  );
}
