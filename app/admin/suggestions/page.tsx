import type { Metadata } from 'next';
import Link from 'next/link';
import { changeHref } from '@/components/admin/record-history';
import { FilterSelect } from '@/components/filter-select';
import { Pager } from '@/components/pager';
import { Tag } from '@/components/tag';
import { RECORD_WHIP_MIN_VOTED, STRONG_INFERRED_WHIP } from '@/db/mutations/suggestions';
import { countSuggestions, lastSuggestionScan, listSuggestions, SUGGESTIONS_PER_PAGE, type SuggestionListItem } from '@/db/queries/suggestions';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from '@/db/schema/enums';
import { requireEditor } from '@/lib/auth/server';
import { DEPARTURE_SUGGESTION_DAYS } from '@/lib/domain/posts';
import { plural } from '@/lib/view/format';
import { readChoice, readParam, type SearchParams } from '@/lib/view/params';
import { formatUkDateTime } from '@/lib/view/uk-time';
import {
  describeDeparture,
  describeNewMember,
  describeRecordedEnd,
  describeSplit,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_STATUS_LABELS,
} from '@/lib/view/suggestions';
import { scanAction } from './actions';
import { ConfirmDepartureForm, ConfirmMemberReviewForm, ConfirmRecordWhipForm, DismissForm, MarkReportDoneForm } from './suggestion-forms';

export const metadata: Metadata = { title: 'Suggestions' };

const QUEUE = '/admin/suggestions';
const STATUS_FILTERS = [...SUGGESTION_STATUSES, 'all'] as const;

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor(QUEUE);
  const params = await searchParams;
  const kind = readChoice(params, 'kind', SUGGESTION_KINDS);
  const statusFilter = readChoice(params, 'status', STATUS_FILTERS) ?? 'open';
  const status = statusFilter === 'all' ? undefined : statusFilter;
  const page = Math.max(1, Number(readParam(params, 'page')) || 1);
  const { rows, total } = listSuggestions({ kind, status, page });
  const counts = countSuggestions();
  const lastScan = lastSuggestionScan();
  const query = (extra: Record<string, string | undefined>) => {
    const entries: Record<string, string | undefined> = { kind, status: statusFilter === 'open' ? undefined : statusFilter, ...extra };
    const search = new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => !!e[1]));
    return `${QUEUE}${search.size > 0 ? `?${search}` : ''}`;
  };
  const returnTo = query({ page: page > 1 ? String(page) : undefined });
  const found = readParam(params, 'found');
  const settled = readParam(params, 'settled');
  const done = readParam(params, 'done');

  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Suggestions</h1>
      <p className="max-w-3xl">
        Facts the record suggests and readers&rsquo; reports, for an editor to confirm or dismiss. Nothing here is public, and
        nothing on the site changes until you act: confirming makes an ordinary change, kept in the history and undoable.
      </p>
      {found !== undefined ? (
        <p role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          Looked through the record: {plural(Number(found), 'new suggestion')}
          {Number(settled) > 0 ? `; ${plural(Number(settled), 'suggestion')} already answered by editors’ changes closed` : ''}.
        </p>
      ) : null}
      {done ? (
        <p role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          Suggestion #{done} answered.
        </p>
      ) : null}

      <section aria-labelledby="counts-heading" className="space-y-2">
        <h2 id="counts-heading" className="text-2xl">
          Waiting
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {SUGGESTION_KINDS.map((k) => (
            <li key={k}>
              <Link href={`${QUEUE}?kind=${k}`}>
                {SUGGESTION_KIND_LABELS[k]} ({counts[k].open.toLocaleString('en-GB')})
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm">
          {lastScan ? (
            <>
              The record was last searched on <time dateTime={lastScan}>{formatUkDateTime(lastScan)}</time>.
            </>
          ) : (
            <strong>The record has not been searched yet, so the counts of the record’s own suggestions say nothing: search it below.</strong>
          )}
        </p>
        <form action={scanAction}>
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="border-2 border-ink bg-paper px-4 py-2 font-semibold hover:bg-line">
            Look for new suggestions
          </button>
        </form>
        <details className="max-w-3xl text-sm">
          <summary className="cursor-pointer font-semibold">What the record is searched for</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Left over a vote?</strong> A post that ended 0 to {DEPARTURE_SUGGESTION_DAYS} days after a division in which its holder
              voted against their party&rsquo;s whip (the recorded whip, or an inferred one only when at least{' '}
              {Math.round(STRONG_INFERRED_WHIP * 100)}% of the party&rsquo;s voters took its side), not yet linked to a division, and
              not ended in a reshuffle or at an election.
            </li>
            <li>
              <strong>Record the whip?</strong> A party with no whip recorded, at least {RECORD_WHIP_MIN_VOTED} of whose members voted
              (at least half of those the record lists), split so that no side had two thirds of them.
            </li>
            <li>
              <strong>New member to review:</strong> a person an import created because it did not know them.
            </li>
          </ul>
          <p className="mt-2">The record is searched after every import and upload too. A dismissed suggestion is never filed again.</p>
        </details>
      </section>

      <form method="get" action={QUEUE} className="flex flex-wrap items-end gap-4 bg-paper p-4" aria-label="Filter suggestions">
        <FilterSelect
          id="filter-kind"
          name="kind"
          label="Kind"
          value={kind}
          any="Every kind"
          options={SUGGESTION_KINDS.map((k) => ({ value: k, label: SUGGESTION_KIND_LABELS[k] }))}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label="Status"
          value={statusFilter}
          options={[...SUGGESTION_STATUSES.map((s) => ({ value: s, label: SUGGESTION_STATUS_LABELS[s] })), { value: 'all', label: 'All' }]}
        />
        <button type="submit" className="h-10 border-2 border-ink bg-aye px-4 font-semibold text-on-fill">
          Show suggestions
        </button>
      </form>

      <p role="status" className="font-semibold">
        {plural(total, 'suggestion')}
        {kind ? ` (${SUGGESTION_KIND_LABELS[kind].toLowerCase()})` : ''}
        {status ? `, ${SUGGESTION_STATUS_LABELS[status].toLowerCase()}` : ''}
      </p>
      {rows.length === 0 ? <p>Nothing to show.</p> : null}
      <ol className="space-y-4" aria-label="Suggestions, newest first">
        {rows.map((s) => (
          <li key={s.id}>
            <SuggestionCard suggestion={s} returnTo={returnTo} />
          </li>
        ))}
      </ol>
      <Pager
        page={page}
        pages={Math.ceil(total / SUGGESTIONS_PER_PAGE)}
        hrefOf={(n) => query({ page: n > 1 ? String(n) : undefined })}
        label="Pages of suggestions"
        previous="Newer suggestions"
        next="Older suggestions"
      />
    </div>
  );
}

const num = (e: Record<string, unknown>, key: string) => (typeof e[key] === 'number' ? (e[key] as number) : null);

function SuggestionCard({ suggestion: s, returnTo }: { suggestion: SuggestionListItem; returnTo: string }) {
  const e = s.evidence;
  const headingId = `suggestion-${s.id}`;
  const title = cardTitle(s);
  return (
    <article aria-labelledby={headingId} className="space-y-3 border-2 border-line p-4">
      <header className="space-y-1">
        <h2 id={headingId} className="text-xl">
          {SUGGESTION_KIND_LABELS[s.kind]} {title}
        </h2>
        <p className="text-sm text-muted">
          #{s.id} · found {formatUkDateTime(s.createdAt)} ·{' '}
          <Tag tone={s.status === 'open' ? 'warning' : 'neutral'}>{SUGGESTION_STATUS_LABELS[s.status]}</Tag>
        </p>
      </header>
      <Evidence suggestion={s} />
      <Links suggestion={s} />
      {s.status === 'open' ? (
        <div className="grid gap-3 md:grid-cols-2">
          {s.kind === 'departure' ? (
            <ConfirmDepartureForm id={s.id} returnTo={returnTo} what={title} recordedReason={describeRecordedEnd(typeof e.postEndReason === 'string' ? e.postEndReason : null)} />
          ) : null}
          {s.kind === 'record_whip' ? <ConfirmRecordWhipForm id={s.id} returnTo={returnTo} what={title} /> : null}
          {s.kind === 'member_review' ? <ConfirmMemberReviewForm id={s.id} returnTo={returnTo} what={title} /> : null}
          {s.kind === 'reader_report' ? <MarkReportDoneForm id={s.id} returnTo={returnTo} /> : null}
          <DismissForm id={s.id} returnTo={returnTo} what={`suggestion ${s.id}`} />
        </div>
      ) : (
        <p className="border-l-4 border-line pl-3">
          {SUGGESTION_STATUS_LABELS[s.status]} by {s.resolvedBy ?? 'an editor'}
          {s.resolvedAt ? ` on ${formatUkDateTime(s.resolvedAt)}` : ''}
          {s.resolutionNote ? `: “${s.resolutionNote}”` : '.'}
          {s.revisionId ? (
            <>
              {' '}
              (<Link href={changeHref(s.revisionId)}>change #{s.revisionId}</Link>)
            </>
          ) : null}
        </p>
      )}
    </article>
  );
}

function cardTitle(s: SuggestionListItem): string {
  const e = s.evidence;
  const str = (key: string) => (typeof e[key] === 'string' ? (e[key] as string) : '');
  const division = e.divisionOfficialId ?? e.divisionNumber ?? e.divisionId;
  switch (s.kind) {
    case 'departure':
      return `${str('personName')}, ${str('postTitle')}: division ${division}`;
    case 'record_whip':
      return `${str('partyName')} on division ${division}`;
    case 'member_review':
      return str('personName');
    case 'reader_report':
      return `about ${s.pagePath ?? 'the site'}`;
  }
}

function Evidence({ suggestion: s }: { suggestion: SuggestionListItem }) {
  const e = s.evidence;
  if (s.kind === 'reader_report') {
    return (
      <div className="space-y-2">
        <p className="font-semibold">What the reader wrote:</p>
        <blockquote className="whitespace-pre-wrap border-l-4 border-line pl-3">{s.message}</blockquote>
        <p>
          Source given:{' '}
          {s.sourceUrl ? (
            <a href={s.sourceUrl} rel="nofollow noopener noreferrer" target="_blank" className="break-all">
              {s.sourceUrl}
            </a>
          ) : (
            'none'
          )}
        </p>
      </div>
    );
  }
  const lines = s.kind === 'departure' ? describeDeparture(e) : s.kind === 'record_whip' ? describeSplit(e) : describeNewMember(e);
  return (
    <div className="max-w-4xl space-y-1">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function Links({ suggestion: s }: { suggestion: SuggestionListItem }) {
  const e = s.evidence;
  const links: { href: string; label: string }[] = [];
  const divisionId = num(e, 'divisionId');
  const publicDivision = num(e, 'divisionOfficialId');
  const parliamentId = num(e, 'personParliamentId') ?? num(e, 'parliamentId');
  if (s.kind === 'reader_report' && s.pagePath) links.push({ href: s.pagePath, label: `The page reported (${s.pagePath})` });
  if (s.kind === 'departure') {
    const postId = num(e, 'postId');
    if (postId) links.push({ href: `/admin/posts/${postId}`, label: 'Edit the post' });
  }
  if (s.kind === 'record_whip' && divisionId) {
    links.push({ href: `/admin/divisions/${divisionId}/whips?party=${num(e, 'partyId') ?? ''}#whip-form`, label: 'Open the whip form for this party' });
  }
  if (s.kind === 'departure' && divisionId) links.push({ href: `/admin/divisions/${divisionId}/whips`, label: 'The division’s whips' });
  if (publicDivision) links.push({ href: `/divisions/${publicDivision}`, label: `Division ${publicDivision} on the site` });
  const personId = num(e, 'personId');
  if (personId) links.push({ href: `/admin/people/${personId}`, label: s.kind === 'member_review' ? 'Check and edit the person' : 'The person in admin' });
  if (parliamentId) links.push({ href: `/mps/${parliamentId}`, label: 'Their page on the site' });
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={`Records for suggestion ${s.id}`}>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href}>{l.label}</Link>
        </li>
      ))}
    </ul>
  );
}
