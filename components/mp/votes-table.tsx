import type { PersonVoteRow } from '@/db/queries/person';
import type { VoteView } from '@/lib/view/member-view';
import { formatDate } from '@/lib/view/format';
import { describeVoteAgainstWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { Table, TableContainer, Td, Th } from '../table';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/**
 * Each recorded vote (a page of them) with the whip it is measured against, in plain English. The division links
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
  return (
    <TableContainer label="Votes (scrolls sideways)">
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <Th>Division</Th>
            <Th>Vote, and the party whip</Th>
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.divisionId}>
              <Th scope="row" className="min-w-36">
                {v.officialId ? (
                  <a href={`/divisions/${v.officialId}`} className="font-semibold">
                    {v.shortTitle ?? v.officialTitle}
                  </a>
                ) : (
                  <span className="font-semibold">{v.shortTitle ?? v.officialTitle}</span>
                )}
                <span className="block text-sm text-muted">
                  {formatDate(v.date)}
                  {v.officialId ? ` · division ${v.officialId}` : ''}
                </span>
                <span className="block text-sm text-muted">
                  {[v.partyId === null ? null : (parties.get(v.partyId)?.name ?? null), v.constituencyName].filter(Boolean).join(', ') ||
                    'Party and seat not recorded'}
                </span>
              </Th>
              {v.partyId !== null && parties.get(v.partyId)?.kind === 'speaker' ? (
                <Td className="min-w-44">In the Chair: the Speaker and Deputy Speakers do not vote.</Td>
              ) : (
                <Td className="min-w-44">
                  <span className="flex flex-wrap items-start gap-1">
                    <VoteBadge position={v.position} />
                    {v.isTeller ? <Tag tone="info">Teller</Tag> : null}
                    {v.proxyName ? <Tag>Proxy: {v.proxyName}</Tag> : null}
                  </span>
                  <span className={`mt-1 block ${v.verdict === 'rebelled' ? 'font-semibold' : ''}`}>
                    {describeVoteAgainstWhip(v.position, v.verdict, v.whip, v.partyId === null ? null : (parties.get(v.partyId)?.name ?? null))}
                  </span>
                  {v.whip ? (
                    <span className="block text-sm text-muted">
                      Whip: {describeWhipBasis(v.whip, v.partyId === null ? null : parties.get(v.partyId)?.name)}.
                    </span>
                  ) : null}
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
