import type { Source } from '@/db/schema/columns';
import { sourceLabel } from '@/lib/view/sources';

/** Sources as a list of links named by their title and outlet (or site), with the note saying what each supports. */
export function SourceLinks({ sources, label = 'Sources' }: { sources: ReadonlyArray<Source>; label?: string }) {
  if (sources.length === 0) return null;
  // Links named only by their outlet sit on one line; titled links and links with notes get a line each.
  const hasNotes = sources.some((s) => s.note || s.title);
  return (
    <div className="text-sm">
      <p className="font-semibold">{label}</p>
      <ul className={hasNotes ? 'list-disc space-y-0.5 pl-5' : 'flex flex-wrap gap-x-4 gap-y-0.5'}>
        {sources.map((source, i) => (
          <li key={`${i}-${source.url}`}>
            <a href={source.url} rel="noopener noreferrer">
              {sourceLabel(source)}
            </a>
            {source.note ? <span className="text-muted"> ({source.note})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
