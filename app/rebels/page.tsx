import type { Metadata } from 'next';
import { connection } from 'next/server';
import { DownloadLinks } from '@/components/download-links';
import { RebelsFilterForm } from '@/components/rebels/rebels-filter-form';
import { RebelsTable } from '@/components/rebels/rebels-table';
import { listDivisionChoices, loadRebelList } from '@/db/queries/rebels';
import { toRebelsSearch } from '@/lib/validation/rebels';
import { plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import type { SearchParams } from '@/lib/view/params';
import { WHIPPED_VOTE_DEFINITION } from '@/lib/view/rebellion-history';
import { describeRebelFilters } from '@/lib/view/rebels-describe';

export const metadata: Metadata = pageMetadata({
  title: 'Rebels',
  description:
    'Every MP who defied their party’s whip: filter by division, party, frontbench or PPS role, posts left, stance and nation, and download the list.',
  path: '/rebels',
});

type Props = { searchParams: Promise<SearchParams> };

// Queries: loadRebelList's 7 (divisions, votes, parties, whips, posts, stances, topics) and the division
// choices: 8, whatever the number of divisions chosen. /rebels.csv and /rebels.json make the same reads.
export default async function RebelsPage(props: Props) {
  await connection();
  const { query, issues, list, topics, parties } = loadRebelList(await props.searchParams);
  const choices = listDivisionChoices();
  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  const words = describeRebelFilters(query, party?.name);
  const search = toRebelsSearch({ ...query, party: party?.abbreviation });
  const count = `${plural(list.rows.length, 'rebel')}, ${plural(list.rebellionCount, 'vote')} against the whip`;

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
          &ldquo;Of N whipped votes&rdquo; counts the divisions shown. {WHIPPED_VOTE_DEFINITION}
        </p>
      </div>

      <p className="sm:hidden">
        <a href="#rebels-list">Skip the filters to the list ({plural(list.rows.length, 'rebel')})</a>
      </p>

      <RebelsFilterForm
        query={{ ...query, party: party?.abbreviation }}
        divisions={choices}
        parties={parties.filter((p) => p.kind === 'party')}
        topics={topics}
        hasFilters={search !== ''}
      />

      {issues.length > 0 ? (
        <div role="alert" className="max-w-3xl border-l-4 border-no bg-paper p-3">
          <p className="font-semibold">Some filters could not be used, so they are left out:</p>
          <ul className="list-disc pl-6">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}.</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section id="rebels-list" aria-labelledby="rebels-list-heading" className="scroll-mt-4 space-y-3">
        <h2 id="rebels-list-heading" className="sr-only">
          The rebels
        </h2>
        <p role="status" className="text-lg font-semibold">
          {count}
          {words ? ` (${words})` : ''}
        </p>
        <DownloadLinks what={`these ${plural(list.rows.length, 'rebel')}`} csvHref={`/rebels.csv${search}`} jsonHref={`/rebels.json${search}`} />
        {list.rows.length > 0 ? (
          <RebelsTable rows={list.rows} caption={`Rebels${words ? ` (${words})` : ''}: ${plural(list.rows.length, 'rebel')}`} />
        ) : (
          <p>No rebels match these filters.</p>
        )}
      </section>
    </div>
  );
}
