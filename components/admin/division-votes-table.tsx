import Link from 'next/link';
import { FilterSelect, partyOptions } from '@/components/filter-select';
import type { AdminVoteRow } from '@/db/queries/admin-division-votes';
import { VOTE_POSITION_OPTIONS } from '@/lib/view/vote-options';
import { toQueryString } from '@/lib/view/params';
import { Table, TableContainer, Td, Th } from '../table';

const POSITION_WORDS = Object.fromEntries(VOTE_POSITION_OPTIONS.map((o) => [o.value, o.label]));

type Filter = { party?: string; vote?: string };

type Tally = Record<'aye' | 'no' | 'both' | 'absent', number>;

export function countPositions(rows: ReadonlyArray<Pick<AdminVoteRow, 'position'>>): Tally {
  const tally: Tally = { aye: 0, no: 0, both: 0, absent: 0 };
  for (const r of rows) tally[r.position]++;
  return tally;
}

const n = (count: number) => count.toLocaleString('en-GB');

/** "650 members: 125 voted for (aye), 294 voted against (no), 0 in both lobbies, 231 did not vote (no vote recorded)." */
export function describeVoteTally(t: Tally): string {
  const total = t.aye + t.no + t.both + t.absent;
  return `${n(total)} ${total === 1 ? 'member' : 'members'}: ${n(t.aye)} voted for (aye), ${n(t.no)} voted against (no), ${n(t.both)} in both lobbies (recorded abstention), ${n(t.absent)} did not vote (no vote recorded).`;
}

/** "56 members of Labour who voted for (aye)", "650 members". */
export function describeVoteSelection(count: number, partyName: string | undefined, vote: string | undefined): string {
  const who = `${n(count)} ${count === 1 ? 'member' : 'members'}${partyName ? ` of ${partyName}` : ''}`;
  const label = VOTE_POSITION_OPTIONS.find((o) => o.value === vote)?.label;
  return label ? `${who} who ${label[0]!.toLowerCase()}${label.slice(1)}` : who;
}

/** A GET form to find votes by party and position; works without JavaScript. */
export function DivisionVotesFilter({ action, parties, selected }: { action: string; parties: ReadonlyArray<{ abbreviation: string; name: string }>; selected: Filter }) {
  return (
    <form method="get" action={`${action}#votes`} aria-label="Filter votes" className="flex flex-wrap items-end gap-4 bg-paper p-4">
      <FilterSelect id="votes-party" name="party" label="Party" value={selected.party} any="All parties" options={partyOptions(parties)} />
      <FilterSelect id="votes-vote" name="vote" label="Vote" value={selected.vote} any="Any vote" options={VOTE_POSITION_OPTIONS} />
      <button type="submit" className="h-10 border-2 border-ink bg-aye px-4 font-semibold text-on-fill">
        Show votes
      </button>
      <Link href={`${action}#votes`}>Clear</Link>
    </form>
  );
}

/** The votes, each with a link that opens the correction form on it. */
export function DivisionVotesTable({ rows, action, filter, caption }: { rows: ReadonlyArray<AdminVoteRow>; action: string; filter: Filter; caption: string }) {
  return (
    <TableContainer label="Votes (scrolls sideways)">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Party on the day</Th>
            <Th>Seat</Th>
            <Th>Vote</Th>
            <Th>Teller</Th>
            <Th>Proxy</Th>
            <Th>
              <span className="sr-only">Correct</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr key={v.personId}>
              <Th scope="row" className="font-normal">
                {v.name}
                <span className="block text-sm text-muted">{v.parliamentId !== null ? `member ${v.parliamentId}` : 'no member id'}</span>
              </Th>
              <Td>{v.partyName ?? <span className="text-muted">not recorded</span>}</Td>
              <Td>{v.seat ?? ''}</Td>
              <Td>{POSITION_WORDS[v.position]}</Td>
              <Td>{v.isTeller ? 'Teller' : ''}</Td>
              <Td>{v.proxyName ?? ''}</Td>
              <Td>
                <Link href={`${action}${toQueryString({ ...filter, member: String(v.personId) })}#correct`} aria-label={`Correct the vote of ${v.name}`}>
                  Correct
                </Link>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
