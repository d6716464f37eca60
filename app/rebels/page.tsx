import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DownloadLinks } from '@/components/download-links';
import { FeedLink } from '@/components/feed-link';
import { RebelsFilterForm } from '@/components/rebels/rebels-filter-form';
import { Pager } from '@/components/pager';
import { PrintedHere } from '@/components/printed-here';
import { RebelsTable } from '@/components/rebels/rebels-table';
import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { listRecentDivisionChoices } from '@/db/queries/rebels';
import { siteOrigin } from '@/lib/site-origin';
import { parseRebelsPage, REBELS_MAX_DIVISIONS, REBELS_PAGE_SIZE, toRebelsSearch } from '@/lib/validation/rebels';
import { formatDate, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import type { SearchParams } from '@/lib/view/params';
import { WHIPPED_VOTE_DEFINITION } from '@/lib/view/rebellion-history';
import { pageRebels } from '@/lib/view/rebels';
import { describeRebelFilters, describeRebelScope, describeRebelScopeLimit } from '@/lib/view/rebels-describe';

const DESCRIPTION =
  'MPs who defied their party’s whip: filter by division or date, party, frontbench or PPS role, posts left, stance and nation, and download the list.';

// The canonical address keeps the filters the list applied (a party it does not know is not applied) and its page.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const params = await props.searchParams;
  const { query, list, parties } = loadRebelListKept(params);
  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  const shown = pageRebels(list.rows, parseRebelsPage(params).page, REBELS_PAGE_SIZE);
  const words = describeRebelFilters(query, party?.name);
  return pageMetadata({
    title: 'Rebels',
    description: words ? `${plural(list.rows.length, 'rebel')}: ${words}. ${DESCRIPTION}` : DESCRIPTION,
    path: '/rebels',
    query: toRebelsSearch({ ...query, party: party?.abbreviation }, shown.page),
    feeds: [{ title: words ? `Rebels: ${words} (Atom feed)` : 'Rebels (Atom feed)', path: `/rebels/feed.xml${toRebelsSearch({ ...query, party: party?.abbreviation })}` }],
  });
}

type Props = { searchParams: Promise<SearchParams> };

/** The division numbers as submitted, one per entry ("1666, 1667" and repeated fields alike). */
function divisionInputOf(params: SearchParams): string[] {
  const raw = params.division;
  return (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

// Queries: loadRebelList's 11 (the divisions in scope, their votes, the voters, their seats, parties, whips,
// posts, stances, topics) and the latest divisions to offer: 10, whatever the filters. It reads at most
// REBELS_MAX_DIVISIONS divisions and renders one page of REBELS_PAGE_SIZE rebels; /rebels.csv and
// /rebels.json make the same reads and keep every row.
export default async function RebelsPage(props: Props) {
  await connection();
  const params = await props.searchParams;
  const origin = await siteOrigin();
  const { query, issues, list, scope, divisions, topics, parties } = loadRebelListKept(params);
  const requested = parseRebelsPage(params);
  const recent = listRecentDivisionChoices();
  const shown = pageRebels(list.rows, requested.page, REBELS_PAGE_SIZE);
  const pageIssues = [
    ...issues,
    ...(requested.issue ? [requested.issue] : []),
    ...(shown.page < requested.page ? [{ path: 'page', message: `This list has ${plural(shown.pages, 'page')}, so the last is shown` }] : []),
  ];
  const errorsFor = (path: string) => pageIssues.filter((i) => i.path === path).map((i) => i.message);

  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  const canonical = { ...query, party: party?.abbreviation };
  const words = describeRebelFilters(query, party?.name);
  const search = toRebelsSearch(canonical);
  const count = `${plural(list.rows.length, 'rebel')}, ${plural(list.rebellionCount, 'vote')} against the whip`;
  const limitNote = describeRebelScopeLimit(scope);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">Rebels</h1>
      <div className="max-w-3xl space-y-2">
        <p>
          Members who defied their party&rsquo;s whip: voted against it, or voted at all when told to abstain. Each
          vote is measured against the whip a source reports or an editor recorded, or, when none is recorded,
          against how most of the party&rsquo;s MPs voted (an inferred whip). Not voting is never counted as
          rebelling.
        </p>
        <p className="text-sm text-muted">
          &ldquo;Of N whipped votes&rdquo; counts only the divisions a list covers (named above the list), not a
          member&rsquo;s whole record. {WHIPPED_VOTE_DEFINITION}
        </p>
      </div>

      <p className="sm:hidden">
        <a href="#rebels-list">Skip the filters to the list ({plural(list.rows.length, 'rebel')})</a>
      </p>

      <RebelsFilterForm
        query={canonical}
        divisionInput={divisionInputOf(params)}
        recent={recent.map((d) => ({ officialId: d.officialId, title: d.title, date: formatDate(d.date) }))}
        parties={parties.filter((p) => p.kind === 'party').map(({ abbreviation, name }) => ({ abbreviation, name }))}
        topics={topics}
        errors={{ division: errorsFor('division'), from: errorsFor('from'), to: errorsFor('to') }}
        hasFilters={search !== ''}
        maxDivisions={REBELS_MAX_DIVISIONS}
      />

      {pageIssues.length > 0 ? (
        <div role="alert" className="max-w-3xl border-l-4 border-no bg-paper p-3">
          <p className="font-semibold">Some filters could not be used, so they are left out:</p>
          <ul className="list-disc pl-6">
            {pageIssues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}.</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section id="rebels-list" aria-labelledby="rebels-list-heading" className="scroll-mt-4 space-y-3">
        <h2 id="rebels-list-heading" className="sr-only">
          The rebels
        </h2>
        <div className="max-w-3xl space-y-1">
          <p id="rebels-scope" className="font-semibold">
            {describeRebelScope(scope)}
          </p>
          {limitNote ? <p className="text-sm">{limitNote}</p> : null}
          {scope.earlierTo ? (
            <p className="text-sm">
              <Link href={`/rebels${toRebelsSearch({ ...canonical, to: scope.earlierTo })}`}>
                Earlier divisions (up to {formatDate(scope.earlierTo)})
              </Link>
            </p>
          ) : null}
          {/* The latest divisions are named by their dates; divisions chosen one by one are listed. */}
          {scope.kind === 'chosen' && divisions.length > 1 ? (
            <details className="text-sm">
              <summary className="cursor-pointer">The {plural(divisions.length, 'division')} this list covers</summary>
              <ul className="mt-1 space-y-0.5 pl-4">
                {divisions.map((d) => (
                  <li key={d.officialId}>
                    <Link href={`/divisions/${d.officialId}`}>{d.title}</Link>{' '}
                    <span className="text-muted">
                      ({formatDate(d.date)}, division {d.officialId})
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
        <p role="status" className="text-lg font-semibold">
          {count}
          {words ? ` (${words})` : ''}
        </p>
        <DownloadLinks
          what={shown.pages > 1 ? `all ${plural(list.rows.length, 'rebel')} (every page)` : `these ${plural(list.rows.length, 'rebel')}`}
          csvHref={`/rebels.csv${search}`}
          jsonHref={`/rebels.json${search}`}
        />
        <FeedLink href={`/rebels/feed.xml${search}`} what={words ? `rebels: ${words}` : 'rebels'} />
        {list.rows.length > 0 ? (
          <>
            {shown.pages > 1 ? (
              <p className="text-sm">
                <span className="print:hidden">
                  Showing rebels {shown.first.toLocaleString('en-GB')} to {shown.last.toLocaleString('en-GB')} of{' '}
                  {list.rows.length.toLocaleString('en-GB')}.
                </span>
                <PrintedHere what="rebels" first={shown.first} last={shown.last} total={list.rows.length} fullList={`${origin}/rebels.csv${search}`} />
              </p>
            ) : null}
            <RebelsTable
              rows={shown.rows}
              caption={`Rebels${words ? ` (${words})` : ''}: ${plural(list.rows.length, 'rebel')}${shown.pages > 1 ? `, page ${shown.page} of ${shown.pages}` : ''}`}
            />
            <Pager
              page={shown.page}
              pages={shown.pages}
              hrefOf={(n) => `/rebels${toRebelsSearch(canonical, n)}#rebels-list`}
              label="Pages of rebels"
              previous="Previous page"
              next="Next page"
            />
          </>
        ) : (
          <p>No rebels match these filters.</p>
        )}
      </section>
    </div>
  );
}
