import type { Metadata } from 'next';
import { connection } from 'next/server';
import { DivisionFinderForm } from '@/components/division/division-finder-form';
import { DownloadLinks } from '@/components/download-links';
import { FeedLink } from '@/components/feed-link';
import { Pager } from '@/components/pager';
import { PrintedHere } from '@/components/printed-here';
import { Table, TableContainer, Th } from '@/components/table';
import { findDivisions, listTopicChoices } from '@/db/queries/division-finder';
import { siteOrigin } from '@/lib/site-origin';
import { FINDER_PAGE_SIZE, isFiltered, toFinderSearch } from '@/lib/validation/division-finder';
import { formatDate, formatTime, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { html, innerHtml, type Html } from '@/lib/view/html';
import { readParam, type SearchParams } from '@/lib/view/params';

const DESCRIPTION = 'Recorded votes of the House of Commons, newest first: find them by title, date, topic, result, rebels and resignations.';

// The canonical address keeps the filters the finder applied (a value it could not use is left out) and its page.
// findDivisions is memoised, so the page's own call reads nothing again.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { query, party, total, page } = findDivisions(await props.searchParams);
  const filtered = isFiltered(query);
  return pageMetadata({
    title: 'Divisions',
    description: filtered ? `${plural(total, 'division')} found. ${DESCRIPTION}` : DESCRIPTION,
    path: '/divisions',
    query: toFinderSearch({ ...query, party: party?.abbreviation }, page),
    feeds: [{ title: filtered ? 'These divisions (Atom feed)' : 'New divisions (Atom feed)', path: `/divisions/feed.xml${toFinderSearch({ ...query, party: party?.abbreviation })}` }],
  });
}

type Props = { searchParams: Promise<SearchParams> };

// Queries: the matching divisions (one), a page of them, parties, topics, and their totals (three); every division's
// totals once per data version when rebels or departures are asked for (db/queries/division-finder.ts).
export default async function DivisionsPage(props: Props) {
  await connection();
  const params = await props.searchParams;
  const origin = await siteOrigin();
  const found = findDivisions(params);
  const { query, issues, party, parties, total, page, pages, items, totals } = found;
  const filtered = isFiltered(query);
  const errorsFor = (name: string) => issues.filter((i) => i.path === name).map((i) => i.message);
  const search = toFinderSearch(query);
  const what = [
    query.q ? `with “${query.q}” in the title` : null,
    query.from || query.to ? `held ${query.from ? `from ${formatDate(query.from)}` : ''}${query.from && query.to ? ' ' : ''}${query.to ? `to ${formatDate(query.to)}` : ''}` : null,
    query.topic ? `on the topic chosen` : null,
    query.result === 'ayes' ? 'won by the ayes' : query.result === 'noes' ? 'won by the noes' : null,
    party ? `where ${party.name} MPs defied the whip` : query.rebels === 'yes' ? 'where an MP defied the whip' : null,
    query.departures === 'yes' ? 'after which an MP left a post' : null,
  ].filter(Boolean);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">Divisions</h1>
      <p className="max-w-3xl">
        A division is a recorded vote: members walk through the Aye or the No lobby and are counted. Rebels are members
        who voted against their party&rsquo;s whip, or voted at all when told to abstain.
      </p>
      <DivisionFinderForm
        query={query}
        typed={{ q: readParam(params, 'q'), from: readParam(params, 'from'), to: readParam(params, 'to') }}
        parties={parties.filter((p) => p.kind !== 'speaker')}
        topics={listTopicChoices()}
        errors={{ q: errorsFor('q'), from: errorsFor('from'), to: errorsFor('to'), party: errorsFor('party') }}
        filtered={filtered}
      />
      {issues.length > 0 ? (
        <p className="font-semibold text-no">
          {plural(issues.length, 'filter')} could not be used and {issues.length === 1 ? 'was' : 'were'} left out: see beside
          the field.
        </p>
      ) : null}
      <p role="status" className="font-semibold">
        {plural(total, 'division')}
        {what.length > 0 ? ` ${what.join(', ')}` : ''}
        {pages > 1 ? `; page ${page} of ${pages}, newest first` : ''}.
        {pages > 1 ? (
          <PrintedHere
            what="divisions"
            first={(page - 1) * FINDER_PAGE_SIZE + 1}
            last={(page - 1) * FINDER_PAGE_SIZE + items.length}
            total={total}
            fullList={`${origin}/divisions.csv${search}`}
          />
        ) : null}
      </p>
      <FeedLink href={`/divisions/feed.xml${search}`} what={filtered ? 'new divisions matching these filters' : 'new divisions'} />
      {total > 0 ? (
        <DownloadLinks csvHref={`/divisions.csv${search}`} jsonHref={`/divisions.json${search}`} what={`these ${plural(total, 'division')}`} />
      ) : null}

      {items.length > 0 ? (
        <TableContainer label="Divisions (scrolls sideways)">
          <Table caption="Divisions, newest first" captionHidden>
            <thead>
              <tr>
                <Th>Division</Th>
                <Th numeric>Ayes</Th>
                <Th numeric>Noes</Th>
                <Th numeric>Rebels</Th>
                <Th numeric>Left posts</Th>
              </tr>
            </thead>
            <tbody {...innerHtml(divisionRowsHtml(items, totals, party))} />
          </Table>
        </TableContainer>
      ) : (
        <p>{filtered ? 'No divisions match these filters.' : 'No divisions have been loaded yet.'}</p>
      )}

      <Pager
        page={page}
        pages={pages}
        hrefOf={(n) => `/divisions${toFinderSearch(query, n)}`}
        label="Pages of divisions"
        previous="Newer divisions"
        next="Older divisions"
      />
    </div>
  );
}

type FinderResult = ReturnType<typeof findDivisions>;

/**
 * The finder's rows, drawn as text (lib/view/html.ts) as the site's other long tables are: a page of divisions is
 * one element for React rather than four hundred. Plain links: a row is followed, not prefetched.
 */
function divisionRowsHtml(items: FinderResult['items'], totals: FinderResult['totals'], party: FinderResult['party']): Html {
  return html`${items.map((d) => {
    const t = totals.get(d.id);
    const time = formatTime(d.heldAt);
    const partyRebels = party ? t?.rebelsByParty.find((p) => p.partyId === party.id)?.rebels : undefined;
    return html`<tr><th scope="row" class="min-w-36"><a href="/divisions/${d.officialId}" class="font-semibold">${d.shortTitle ?? d.officialTitle}</a><span class="block text-sm text-muted">${formatDate(d.date)}${
      time ? ` at ${time}` : ''
    } · division ${d.officialId}</span>${d.resultText ? html`<span class="block text-sm">${d.resultText}</span>` : ''}</th><td class="num">${d.ayeCount}</td><td class="num">${d.noCount}</td><td class="num${
      t && t.rebels > 0 ? ' font-bold' : ''
    }">${t?.rebels ?? 0}${party && partyRebels ? html`<span class="block text-sm font-normal">${partyRebels} ${party.abbreviation}</span>` : ''}</td><td class="num">${t?.departures ?? 0}</td></tr>`;
  })}`;
}
