'use client';

import type { ReactNode } from 'react';
import type { MemberSort, MemberVoteFilter } from '@/lib/view/division-view';
import { plural } from '@/lib/view/format';
import { toQueryString } from '@/lib/view/params';
import type { RowParty } from '@/lib/view/row-parties';
import { DownloadLinks } from '../download-links';
import { Pager } from '../pager';
import { PrintedHere } from '../printed-here';
import type { MemberRow } from './member-rows';
import { MembersFilterForm } from './members-filter-form';
import { MembersTable } from './members-table';

export type MembersSectionData = {
  /** The division page's address ("/divisions/1666"). */
  path: string;
  /** The filters the page applied: its downloads and pages keep them. */
  filters: { party?: string; vote?: MemberVoteFilter; sort?: MemberSort };
  /** The parties that voted, for the filter. */
  parties: ReadonlyArray<{ abbreviation: string; name: string }>;
  /** A party asked for that did not vote here, as typed. */
  unknownParty: string | null;
  /** Members matching the filters, and the filters in words ("Labour, voted for"). */
  total: number;
  filterWords: string;
  /** Members whose posts are not known for the day. */
  postsUnknown: number;
  /** The page of members shown; `requested` is the page asked for, when past the last. */
  listed: { first: number; last: number; page: number; pages: number; requested: number };
  perPage: number;
  /** The absolute address of the CSV of every matching member, for paper. */
  fullList: string;
  table: { rows: MemberRow[]; parties: RowParty[] };
};

/**
 * "How every member voted": the filters, counts, downloads, one page of the members and the pager. Sent as compact
 * data (the rows as MemberRows' rows) and drawn here, on the server for the HTML and in the browser for the page's
 * own copy, rather than drawn twice. `editLink` is the editor's "Edit" link, drawn on the server.
 */
export function MembersSection({ data, editLink }: { data: MembersSectionData; editLink?: ReactNode }) {
  const { path, filters, total, filterWords, listed } = data;
  const exportQuery = toQueryString(filters);
  const count = plural(total, 'member');
  return (
    <section id="members" aria-labelledby="members-heading" className="space-y-4">
      <h2 id="members-heading" className="text-2xl">
        How every member voted
      </h2>
      {editLink}
      <MembersFilterForm action={path} parties={data.parties} selected={filters} />
      {data.unknownParty !== null ? (
        <p role="status">No party with the abbreviation &ldquo;{data.unknownParty}&rdquo; voted here; showing all parties.</p>
      ) : null}
      <p role="status" className="text-lg font-semibold">
        {count}
        {filterWords ? ` (${filterWords})` : ''}
      </p>
      {data.postsUnknown > 0 ? (
        <p className="max-w-3xl text-sm text-muted">
          Frontbench and PPS posts are marked where recorded. For {plural(data.postsUnknown, 'member')} no post is
          recorded and their posts are not known to be complete, so they are not called backbenchers.
        </p>
      ) : null}
      <DownloadLinks what={`these ${count}`} csvHref={`${path}/votes.csv${exportQuery}`} jsonHref={`${path}/votes.json${exportQuery}`} />
      {listed.pages > 1 ? (
        <p>
          Showing {listed.first.toLocaleString('en-GB')} to {listed.last.toLocaleString('en-GB')} of {count}, {data.perPage} a page
          {listed.page < listed.requested ? ` (there are only ${listed.pages} pages)` : ''}; the downloads hold them all.
          <PrintedHere what="members" first={listed.first} last={listed.last} total={total} fullList={data.fullList} />
        </p>
      ) : null}
      {total > 0 ? (
        <MembersTable
          rows={data.table.rows}
          parties={data.table.parties}
          caption={`How every member voted${filterWords ? ` (${filterWords})` : ''}: ${count}${
            listed.pages > 1 ? `, page ${listed.page} of ${listed.pages}` : ''
          }`}
        />
      ) : (
        <p>No members match these filters.</p>
      )}
      <Pager
        page={listed.page}
        pages={listed.pages}
        hrefOf={(n) => `${path}${toQueryString({ ...filters, page: n > 1 ? String(n) : undefined })}#members`}
        label="Pages of members"
        previous="Previous members"
        next="Next members"
      />
    </section>
  );
}
