'use client';

import type { QuoteData } from '@/lib/view/quotes';
import { EditLinkAnchor } from './edit-link-anchor';

/**
 * A verbatim quote with when, how and where it was said, and a warning when the source is weak; "Edit" beside it for
 * an editor. Sent as data worded on the server (lib/view/quotes.ts quoteOf) and drawn here, on the server for the HTML
 * and in the browser for the page's own copy, rather than drawn into the page's payload element by element.
 */
export function QuoteFigure({ quote, editor }: { quote: QuoteData; editor: boolean }) {
  return (
    <figure className="space-y-1">
      {quote.quote ? (
        <blockquote className="border-l-4 border-line pl-3 text-lg italic">
          <p>{quote.quote}</p>
        </blockquote>
      ) : (
        <p className="text-muted">No verbatim quote recorded: {quote.label}.</p>
      )}
      <figcaption className="text-sm text-muted">
        {quote.said}
        <a href={quote.sourceUrl} rel="noopener noreferrer">
          {quote.source}
        </a>
        {quote.lowConfidence ? <strong className="ml-1 text-ink">Low confidence: the source is weak, treat with care.</strong> : null}
        {editor && quote.id !== null && quote.editWhat ? (
          <EditLinkAnchor href={`/admin/stances/${quote.id}`} what={quote.editWhat} className="ml-2" />
        ) : null}
      </figcaption>
      {quote.note ? <p className="text-sm text-muted">{quote.note}</p> : null}
    </figure>
  );
}
