import Link from 'next/link';
import { POST_END_REASON_LABELS, POST_KIND_LABELS } from '@/lib/domain';
import type { DepartureRow, DivisionStanceRow } from '@/db/queries/division-detail';
import type { DepartureView } from '@/lib/view/division-view';
import { capitalise, formatDate } from '@/lib/view/format';
import { EditLink } from '../edit-link';
import { SourceLinks } from '../source-links';
import { StanceQuote } from '../stance-quote';
import { VoteBadge } from '../vote-badge';

type Departure = DepartureView<DepartureRow, DivisionStanceRow>;

/** Rule 6 on the page: who left a post over this division, how it ended, their words, the sources. */
export function DeparturesList({ departures }: { departures: ReadonlyArray<Departure> }) {
  if (departures.length === 0) return <p>No one is recorded as leaving a post over this vote.</p>;
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      {departures.map((d) => {
        const headingId = `departure-${d.postId}`;
        return (
          <article key={d.postId} aria-labelledby={headingId} className="space-y-3 rounded border border-line p-4">
            <header className="space-y-1">
              <h3 id={headingId} className="text-xl">
                {d.parliamentId ? <Link href={`/mps/${d.parliamentId}`}>{d.name}</Link> : d.name}
              </h3>
              <p>
                <span className="font-semibold">{d.title}</span>
                {titleNamesKind(d.title, d.kind) ? null : <span className="text-muted"> ({POST_KIND_LABELS[d.kind]})</span>}
              </p>
              <p className="flex flex-wrap items-center gap-2">
                <span>
                  {d.endReason ? capitalise(POST_END_REASON_LABELS[d.endReason]) : 'Left'} on {formatDate(d.endDate)}.
                </span>
                {d.vote ? (
                  <span className="inline-flex items-center gap-1">
                    In this vote: <VoteBadge position={d.vote.position} />
                  </span>
                ) : null}
              </p>
              {d.endReasonNote ? <p>{d.endReasonNote}</p> : null}
              <EditLink href={`/admin/posts/${d.postId}`} what={`the post ${d.title} of ${d.name}`} />
            </header>
            {d.words.length > 0 ? (
              <div className="space-y-3">
                <h4 className="font-semibold">In their words</h4>
                {d.words.map((s) => (
                  <StanceQuote key={s.stanceId} stance={s} />
                ))}
              </div>
            ) : null}
            {d.note ? <p className="text-sm">{d.note}</p> : null}
            <SourceLinks sources={d.sources} label="Sources for the post and how it ended" />
          </article>
        );
      })}
    </div>
  );
}

/** True when the title already says what kind of post it is ("Shadow Minister for Exports"). */
function titleNamesKind(title: string, kind: Departure['kind']): boolean {
  const kindWords = POST_KIND_LABELS[kind].replace(/\s*\(.*\)$/, '').toLowerCase();
  return title.toLowerCase().includes(kindWords);
}
