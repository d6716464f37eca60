import Link from 'next/link';
import { describePosition, describeSaidVsDid, type SaidVsDid } from '@/lib/domain';
import type { PersonStanceRow } from '@/db/queries/person';
import type { StanceView } from '@/lib/view/member-view';
import { capitalise } from '@/lib/view/format';
import { StanceQuote } from '../stance-quote';

const VERDICT_STYLES: Record<SaidVsDid, string> = {
  kept: 'border-aye bg-green-50',
  broke: 'border-no bg-red-50',
  did_not_vote: 'border-line bg-paper',
};

/** What the member said, and rule 7's verdict beside each division the topic links. */
export function StancesList({
  stances,
  officialIdByDivision,
}: {
  stances: ReadonlyArray<StanceView<PersonStanceRow>>;
  officialIdByDivision: ReadonlyMap<number, number | null>;
}) {
  if (stances.length === 0) return <p>No statements recorded.</p>;
  return (
    <ul className="space-y-6">
      {stances.map((s) => (
        <li key={s.stanceId} className="space-y-3 border-l-4 border-brand pl-4">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">{s.topicTitle}</p>
          <p className="font-semibold">{capitalise(s.label)}</p>
          <StanceQuote stance={s} />
          {s.comparisons.map((c) => {
            const officialId = officialIdByDivision.get(c.divisionId) ?? null;
            const division = officialId ? <Link href={`/divisions/${officialId}`}>division {officialId}</Link> : 'the division';
            return c.verdict ? (
              <p key={c.divisionId} className={`rounded border-l-4 px-3 py-2 ${VERDICT_STYLES[c.verdict]}`}>
                <strong>Said vs did: {describeSaidVsDid(c.verdict)}.</strong> Said: {s.position}. Did:{' '}
                {describePosition(c.position)} in {division}.
              </p>
            ) : (
              <p key={c.divisionId} className="text-sm text-muted">
                No said-vs-did verdict: the statement neither clearly supports nor opposes. {capitalise(describePosition(c.position))} in{' '}
                {division}.
              </p>
            );
          })}
        </li>
      ))}
    </ul>
  );
}

