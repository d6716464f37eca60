import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MpListRows } from '@/components/mp/mp-list-rows';
import { Pager } from '@/components/pager';
import { Table, TableContainer, Th } from '@/components/table';
import { DownloadLinks } from '@/components/download-links';
import { MpsFilterForm } from '@/components/mp/mps-filter-form';
import { PostcodeNotice } from '@/components/mp/postcode-notice';
import { formatDate, plural } from '@/lib/view/format';
import { mpListRowsOf } from '@/lib/view/mp-list-rows';
import { pageOfList } from '@/lib/view/paging';
import { pageMetadata } from '@/lib/view/metadata';
import { readParam, toQueryString, type SearchParams } from '@/lib/view/params';
import { loadMemberList } from './member-list';

type Props = { searchParams: Promise<SearchParams> };

/** MPs listed a page: the whole Commons of several Parliaments is over a thousand, 1.7 MB of HTML on one page. */
const MPS_PER_PAGE = 100;
const count = (n: number) => n.toLocaleString('en-GB');

export async function generateMetadata(props: Props): Promise<Metadata> {
  const searchParams = await props.searchParams;
  const q = readParam(searchParams, 'q');
  // Only the list of every MP has pages of its own address, the page shown (a page past the last shows the last); a
  // search's or a party's list, on any page, points at it.
  const filtered = Boolean(q || readParam(searchParams, 'party'));
  const page = filtered ? 1 : pageOfList((await loadMemberList(searchParams)).members, readParam(searchParams, 'page'), MPS_PER_PAGE).page;
  return pageMetadata({
    title: q ? `MPs matching “${q}”` : 'MPs',
    description: 'Every MP in the House of Commons: find yours by name, constituency or postcode, and see how they voted.',
    path: '/mps',
    query: { page: page > 1 ? page : undefined },
  });
}

// Queries: parties, members per party, the matching members (3, plus 2 for a postcode's seat); a postcode
// also costs one call to the postcode service unless cached.
export default async function MembersPage(props: Props) {
  await connection();
  const { q, partyParam, party, parties, members, countByParty, total, postcode } = await loadMemberList(await props.searchParams);
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const downloadQuery = toQueryString({ q, party: party?.abbreviation });
  // The Speaker and Deputy Speakers are not a party: they are listed, but not offered as one.
  const partiesWithMembers = parties
    .filter((p) => countByParty.has(p.id) && p.kind !== 'speaker')
    .sort((a, b) => (countByParty.get(b.id) ?? 0) - (countByParty.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const isFiltered = Boolean(q || party);
  const listed = pageOfList(members, readParam(await props.searchParams, 'page'), MPS_PER_PAGE);
  // When every row is only known from one day's division, say so once rather than on every row.
  const recordDays = new Set(members.map((m) => (m.datesBasis === 'record' && m.startDate === m.endDate ? m.endDate : null)));
  const sharedRecordDay = recordDays.size === 1 ? [...recordDays][0] : null;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">MPs</h1>
      <p className="max-w-3xl">
        Every member of the House of Commons we hold, with their latest known party and seat. Where a member is known
        only from the division records, the dates say when the records saw them; a vote always shows the party and
        seat of its own day. Search by name (former names too), constituency or postcode.
      </p>

      <MpsFilterForm
        q={q ?? ''}
        party={party?.abbreviation ?? ''}
        total={total}
        parties={partiesWithMembers.map((p) => ({ abbreviation: p.abbreviation, name: p.name, members: countByParty.get(p.id) ?? 0 }))}
      />

      {postcode ? <PostcodeNotice outcome={postcode} membersFound={members.length} /> : null}
      {partyParam && !party ? <p>No party has the abbreviation &ldquo;{partyParam}&rdquo;; showing all parties.</p> : null}
      <p role="status" className="text-lg font-semibold">
        {isFiltered
          ? `${plural(members.length, 'MP')} found${q ? ` for “${q}”` : ''}${party ? ` in ${party.name}` : ''}, of ${total}`
          : plural(total, 'MP')}
        {isFiltered ? (
          <>
            {' '}
            <Link href="/mps" className="font-normal">
              Show all MPs
            </Link>
          </>
        ) : null}
      </p>

      {sharedRecordDay ? <p className="text-muted">Party and seat as seen in the division records on {formatDate(sharedRecordDay)}.</p> : null}
      {members.length > 0 ? (
        <DownloadLinks
          csvHref={`/mps/export.csv${downloadQuery}`}
          jsonHref={`/mps/export.json${downloadQuery}`}
          what={isFiltered ? `these ${plural(members.length, 'MP')}` : `all ${plural(members.length, 'MP')}`}
        />
      ) : null}
      {members.length > 0 ? (
        <>
          {listed.pages > 1 ? (
            <p className="font-semibold">
              Showing {count(listed.first)} to {count(listed.last)} of {count(members.length)}, {MPS_PER_PAGE} a page
              {listed.page < listed.requested ? ` (there are only ${listed.pages} pages)` : ''}.
            </p>
          ) : null}
          <TableContainer label="MPs (scrolls sideways)">
            <Table caption={isFiltered ? 'MPs matching your search' : 'All MPs, by surname'} captionHidden>
              <thead>
                <tr>
                  <Th>Name</Th>
                  <Th>Party</Th>
                  <Th>Constituency</Th>
                  {sharedRecordDay ? null : <Th>When</Th>}
                </tr>
              </thead>
              <MpListRows {...mpListRowsOf(listed.rows, partyById, { withDates: !sharedRecordDay })} />
            </Table>
          </TableContainer>
          <Pager
            page={listed.page}
            pages={listed.pages}
            hrefOf={(n) => `/mps${toQueryString({ q, party: party?.abbreviation, page: n > 1 ? String(n) : undefined })}`}
            label="Pages of MPs"
            previous="Previous MPs"
            next="More MPs"
          />
        </>
      ) : (
        <div className="space-y-2">
          {postcode ? null : <p>No MP matches. Check the spelling, or search for part of a name or constituency.</p>}
        </div>
      )}
    </div>
  );
}
