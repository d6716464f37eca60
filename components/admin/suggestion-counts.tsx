import Link from 'next/link';
import { countSuggestions } from '@/db/queries/suggestions';
import { SUGGESTION_KINDS } from '@/db/schema/enums';
import { SUGGESTION_KIND_LABELS } from '@/lib/view/suggestions';

/** The admin overview's line on the suggestions queue: how many of each kind wait for an editor. */
export function SuggestionCounts() {
  const counts = countSuggestions();
  const waiting = SUGGESTION_KINDS.reduce((n, k) => n + counts[k].open, 0);
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2 border-2 border-line p-4">
      <h2 id="suggestions-heading" className="text-xl">
        <Link href="/admin/suggestions">Suggestions</Link>: {waiting.toLocaleString('en-GB')} waiting
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {SUGGESTION_KINDS.map((k) => (
          <li key={k}>
            <Link href={`/admin/suggestions?kind=${k}`}>
              {SUGGESTION_KIND_LABELS[k]} ({counts[k].open.toLocaleString('en-GB')})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
