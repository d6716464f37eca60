import type { CountCheck } from '@/lib/domain';
import { plural } from '@/lib/view/format';

/**
 * The official result: the tellers' counts, and a note when the names recorded differ from them
 * (division 1666: 293 Noes officially, 294 names listed).
 */
export function DivisionResult({
  ayeCount,
  noCount,
  resultText,
  countCheck,
}: {
  ayeCount: number;
  noCount: number;
  resultText: string | null;
  countCheck?: CountCheck;
}) {
  const ayesWon = ayeCount > noCount;
  return (
    <div className="space-y-2">
      <dl className="grid max-w-md grid-cols-2 gap-2">
        <div className={`rounded border-2 p-3 ${ayesWon ? 'border-aye bg-aye-tint' : 'border-line'}`}>
          <dt className="text-sm font-semibold">Ayes (for)</dt>
          <dd className="text-3xl font-bold tabular-nums">{ayeCount}</dd>
        </div>
        <div className={`rounded border-2 p-3 ${!ayesWon ? 'border-no bg-no-tint' : 'border-line'}`}>
          <dt className="text-sm font-semibold">Noes (against)</dt>
          <dd className="text-3xl font-bold tabular-nums">{noCount}</dd>
        </div>
      </dl>
      <p className="font-semibold">
        {resultText ?? (ayesWon ? 'The Ayes have it' : ayeCount === noCount ? 'A tie' : 'The Noes have it')}
      </p>
      {countCheck?.differs ? <CountNote check={countCheck} /> : null}
    </div>
  );
}

function CountNote({ check }: { check: CountCheck }) {
  const notes: string[] = [];
  if (check.official.ayes !== check.recorded.ayes) {
    notes.push(`Official count: ${check.official.ayes} Ayes. The record lists ${plural(check.recorded.ayes, 'name')}.`);
  }
  if (check.official.noes !== check.recorded.noes) {
    notes.push(`Official count: ${check.official.noes} Noes. The record lists ${plural(check.recorded.noes, 'name')}.`);
  }
  return (
    <div className="max-w-2xl border-l-4 border-warn bg-warn-tint px-3 py-2 text-sm">
      {notes.map((note) => (
        <p key={note} className="font-semibold">
          {note}
        </p>
      ))}
      <p>
        The official counts are the tellers&rsquo; figures and leave the tellers out; so does the count of names. We
        show the official counts, and every name as recorded.
      </p>
    </div>
  );
}
