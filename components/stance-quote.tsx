import { getPublicEditor } from '@/lib/auth/server';
import { quoteOf, type QuoteInput } from '@/lib/view/quotes';
import { QuoteFigure } from './quote-figure';

/** A verbatim quote with when, how and where it was said, and a warning when the source is weak (QuoteFigure draws it). */
export async function StanceQuote({ stance }: { stance: QuoteInput }) {
  return <QuoteFigure quote={quoteOf(stance)} editor={(await getPublicEditor()) !== null} />;
}
