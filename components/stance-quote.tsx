import { describeStanceTiming, type StanceTiming } from '@/lib/domain';
import { EditLink } from './edit-link';
import { formatDate } from '@/lib/view/format';
import { sourceLabel } from '@/lib/view/sources';

const KIND_LABELS: Record<string, string> = {
  statement: 'statement',
  letter: 'letter',
  social_post: 'social media post',
  speech: 'speech',
  interview: 'interview',
};

/** A verbatim quote with when, how and where it was said, and a warning when the source is weak. */
export function StanceQuote({
  stance,
}: {
  stance: {
    quote: string | null;
    label: string;
    statedOn: string | null;
    kind?: string;
    sourceUrl: string;
    sourceTitle?: string | null;
    sourceOutlet?: string | null;
    confidence: 'high' | 'medium' | 'low';
    speaker?: string;
    /** The public note on the stance. */
    note?: string | null;
    /** When it was said relative to the vote the page is about, where there is one. */
    timing?: StanceTiming;
    /** The statement's id, for a signed-in editor's "Edit" link. */
    stanceId?: number;
  };
}) {
  return (
    <figure className="space-y-1">
      {stance.quote ? (
        <blockquote className="border-l-4 border-line pl-3 text-lg italic">
          <p>{stance.quote}</p>
        </blockquote>
      ) : (
        <p className="text-muted">No verbatim quote recorded: {stance.label}.</p>
      )}
      <figcaption className="text-sm text-muted">
        {stance.speaker ? `${stance.speaker}, ` : ''}
        {stance.kind ? `${KIND_LABELS[stance.kind] ?? stance.kind}, ` : ''}
        {stance.statedOn ? formatDate(stance.statedOn) : 'date not recorded'}.{' '}
        {stance.timing ? `${describeStanceTiming(stance.timing)}. ` : ''}
        <a href={stance.sourceUrl} rel="noopener noreferrer">
          Source: {sourceLabel({ url: stance.sourceUrl, title: stance.sourceTitle ?? undefined, outlet: stance.sourceOutlet ?? undefined })}
        </a>
        {stance.confidence === 'low' ? (
          <strong className="ml-1 text-ink">Low confidence: the source is weak, treat with care.</strong>
        ) : null}
        {stance.stanceId !== undefined ? (
          <EditLink href={`/admin/stances/${stance.stanceId}`} what={`the statement${stance.speaker ? ` of ${stance.speaker}` : ''}${stance.statedOn ? `, ${formatDate(stance.statedOn)}` : ''}`} className="ml-2" />
        ) : null}
      </figcaption>
      {stance.note ? <p className="text-sm text-muted">{stance.note}</p> : null}
    </figure>
  );
}
