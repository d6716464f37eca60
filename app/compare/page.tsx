import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { FieldError, FilterSelect } from '@/components/filter-select';
import { Pager } from '@/components/pager';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { voteLabel } from '@/components/vote-badge';
import { COMPARE_MAX, compareMps } from '@/db/queries/compare';
import { listTopicChoices } from '@/db/queries/division-finder';
import { formatDate, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { pageOfList } from '@/lib/view/paging';
import { readParam, type SearchParams } from '@/lib/view/params';

type Props = { searchParams: Promise<SearchParams> };

/** Divisions a page in "Where they differed". */
const DIFFERED_PER_PAGE = 50;

const fieldClass = 'block h-11 w-full border-2 border-ink bg-surface px-2 text-ink';
const percent = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`);

/** The MPs asked for: `mps` repeated or comma-separated, names or member ids, at most four. */
function readMps(params: SearchParams): string[] {
  const raw = params.mps;
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(','));
  return values.map((v) => v.trim()).filter(Boolean).slice(0, COMPARE_MAX);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const compared = compareMps(readMps(await props.searchParams));
  return pageMetadata({
    title: compared.mps.length >= 2 ? `Compare ${compared.mps.map((m) => m.name).join(', ')}` : 'Compare MPs',
    description: 'How often two to four MPs voted alike, and where they differed.',
    path: '/compare',
  });
}

// Queries: the MPs (one each), their votes (one), the divisions where they differed (one), topics (one).
export default async function ComparePage(props: Props) {
  await connection();
  const params = await props.searchParams;
  const inputs = readMps(params);
  const topicSlug = readParam(params, 'topic');
  const compared = compareMps(inputs, topicSlug);
  const { mps, unknown, topic, together, alike, pairs, differed } = compared;
  const listed = pageOfList(differed, readParam(params, 'page'), DIFFERED_PER_PAGE);
  // A typed name is the search's best match: say which MP it was read as, unless it is their name.
  const readAs = mps.filter((m) => !/^\d+$/.test(m.input) && m.input.toLowerCase() !== m.name.toLowerCase());
  const fields = Array.from({ length: COMPARE_MAX }, (_, i) => inputs[i] ?? '');
  const hrefOf = (n: number) => {
    const search = new URLSearchParams();
    for (const m of mps) search.append('mps', String(m.parliamentId ?? m.input));
    if (topic) search.set('topic', topic.slug);
    if (n > 1) search.set('page', String(n));
    return `/compare?${search.toString()}#differed`;
  };

  return (
    <div className="space-y-8">
      <h1 className="text-3xl sm:text-4xl">Compare MPs</h1>
      <p className="max-w-3xl">
        Choose two to four MPs, by name or member id, to see how often they voted alike in the divisions all of them voted
        in, and where they differed. Not voting is left out: only divisions in which each of them voted count.
      </p>
      <form method="get" action="/compare" aria-label="Choose MPs to compare" className="space-y-4 rounded bg-paper p-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((value, i) => {
            const problem = unknown.find((u) => u.input === value.trim());
            return (
              <div key={i} className={`space-y-1 ${problem ? 'border-l-4 border-no pl-3' : ''}`}>
                <label htmlFor={`compare-mp-${i + 1}`} className="block font-semibold">
                  MP {i + 1}
                  {i >= 2 ? <span className="font-normal text-muted"> (optional)</span> : null}
                </label>
                <FieldError id={`compare-mp-${i + 1}-error`} messages={problem ? [problem.message] : []} />
                <input
                  id={`compare-mp-${i + 1}`}
                  name="mps"
                  type="text"
                  defaultValue={value}
                  autoComplete="off"
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `compare-mp-${i + 1}-error` : undefined}
                  className={fieldClass}
                />
              </div>
            );
          })}
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <FilterSelect
            id="compare-topic"
            name="topic"
            label="Only divisions on the topic"
            any="Every division"
            options={listTopicChoices().map((t) => ({ value: t.slug, label: t.title }))}
            value={topic?.slug}
            className={fieldClass}
          />
          <button type="submit" className="h-11 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
            Compare
          </button>
        </div>
      </form>

      {readAs.length > 0 ? (
        <p className="text-muted">
          {readAs.map((m) => `“${m.input}” read as ${m.name}`).join('; ')}. Type a member id to choose another.
        </p>
      ) : null}
      {mps.length >= 2 ? (
        <>
          <section aria-labelledby="alike-heading" className="space-y-3">
            <h2 id="alike-heading" className="text-2xl">
              How often they voted alike
            </h2>
            <p role="status" className="text-lg font-semibold">
              {together === 0
                ? `No division${topic ? ` on ${topic.title}` : ''} in which all of them voted.`
                : `All ${mps.length} voted the same way in ${alike} of the ${plural(together, 'division')}${topic ? ` on ${topic.title}` : ''} all of them voted in${percent(alike, together)}.`}
            </p>
            {mps.length > 2 ? (
              <ul className="list-disc pl-6">
                {pairs.map((p) => (
                  <li key={`${p.a}-${p.b}`}>
                    {mps[p.a]!.name} and {mps[p.b]!.name}: alike in {p.alike} of {plural(p.together, 'division')}
                    {percent(p.alike, p.together)}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section id="differed" aria-labelledby="differed-heading" className="space-y-3">
            <h2 id="differed-heading" className="text-2xl">
              Where they differed ({differed.length})
            </h2>
            {differed.length === 0 ? (
              <p>Nowhere: in every division all of them voted in, they voted alike.</p>
            ) : (
              <TableContainer label="Divisions where they differed (scrolls sideways)">
                <Table caption="Divisions where they differed, newest first" captionHidden>
                  <thead>
                    <tr>
                      <Th>Division</Th>
                      {mps.map((m) => (
                        <Th key={m.personId}>{m.name}</Th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {listed.rows.map((d) => (
                      <tr key={d.officialId}>
                        <Th scope="row">
                          <Link href={`/divisions/${d.officialId}`}>{d.title}</Link>
                          <span className="block text-sm text-muted">{formatDate(d.date)}</span>
                        </Th>
                        {d.positions.map((p, i) => (
                          <Td key={mps[i]!.personId}>{voteLabel(p)}</Td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </TableContainer>
            )}
            <Pager page={listed.page} pages={listed.pages} hrefOf={hrefOf} label="Pages of differences" previous="Newer" next="Older" />
          </section>
        </>
      ) : inputs.length > 0 ? (
        <p>Choose at least two MPs to compare.</p>
      ) : null}
    </div>
  );
}
