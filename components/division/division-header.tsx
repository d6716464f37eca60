import type { DivisionDetail, DivisionTopicRow } from '@/db/queries/division-detail';
import { formatDate } from '@/lib/view/format';
import { sourceOutlet } from '@/lib/view/sources';
import { Breadcrumb } from '@/components/breadcrumb';
import { EditLink } from '@/components/edit-link';

/** Titles, what was voted on and who moved it, and the topics the vote bears on. */
export function DivisionHeader({ division, topics }: { division: DivisionDetail; topics: ReadonlyArray<DivisionTopicRow> }) {
  return (
    <header className="space-y-4">
      <Breadcrumb parent={{ href: '/divisions', label: 'Divisions' }} current={`Division ${division.officialId}`} />
      <h1 className="max-w-4xl text-3xl sm:text-4xl">{division.shortTitle ?? division.officialTitle}</h1>
      <EditLink href={`/admin/divisions/${division.id}`} what={`division ${division.officialId}'s details`} />
      <dl className="grid max-w-4xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Official title</dt>
        <dd>{division.officialTitle}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>
          {formatDate(division.date)}, division {division.number} of the session (Commons Votes{' '}
          <a href={`https://votes.parliament.uk/votes/commons/division/${division.officialId}`}>{division.officialId}</a>)
          {division.isDeferred ? ', a deferred division' : ''}
        </dd>
        {division.movedBy ? (
          <>
            <dt className="font-semibold">Moved by</dt>
            <dd>{division.movedBy}</dd>
          </>
        ) : null}
        {division.hansardUrl || division.hansardReference ? (
          <>
            <dt className="font-semibold">Debate</dt>
            <dd>
              {division.hansardUrl ? (
                <a href={division.hansardUrl}>Read the debate on {sourceOutlet({ url: division.hansardUrl })}</a>
              ) : null}
              {division.hansardReference ? (
                <span className="block text-sm text-muted">{division.hansardReference}</span>
              ) : null}
            </dd>
          </>
        ) : null}
        {topics.length > 0 ? (
          <>
            <dt className="font-semibold">Topic</dt>
            <dd>
              {topics.map((t) => (
                <span key={t.id} className="mr-3 inline-block">
                  {t.title}: voting {t.supportingLobby === 'aye' ? 'for (aye)' : 'against (no)'} supports it
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </header>
  );
}

/** The amendment or motion text, and where the text comes from. */
export function DivisionMotion({ division }: { division: DivisionDetail }) {
  if (!division.motionText) return null;
  // The text's source is stored as "URL (note)"; a value that does not start with a URL is shown as it is.
  const firstWord = division.motionTextSource?.split(' ')[0] ?? '';
  const textSourceUrl = /^https?:\/\//.test(firstWord) ? firstWord : undefined;
  return (
    <section aria-labelledby="motion-heading" className="max-w-3xl space-y-2">
      <h2 id="motion-heading" className="text-2xl">
        What was voted on
      </h2>
      <blockquote className="border-l-4 border-brand bg-paper p-3">
        <p className="whitespace-pre-line">{division.motionText}</p>
      </blockquote>
      {textSourceUrl ? (
        <p className="text-sm text-muted">
          Text from <a href={textSourceUrl}>{sourceOutlet({ url: textSourceUrl })}</a>
          {division.motionTextSource && division.motionTextSource.length > textSourceUrl.length
            ? ` ${division.motionTextSource.slice(textSourceUrl.length).trim()}`
            : ''}
          .
        </p>
      ) : division.motionTextSource ? (
        <p className="text-sm text-muted">Text from {division.motionTextSource}.</p>
      ) : null}
    </section>
  );
}
