import type { DivisionDetail } from '@/db/queries/division-detail';
import { sourceOutlet } from '@/lib/view/sources';

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
