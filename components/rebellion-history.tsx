import Link from 'next/link';
import { describePosition } from '@/lib/domain';
import { formatDate, plural } from '@/lib/view/format';
import { describeRebellionTally, WHIPPED_VOTE_DEFINITION, type RebellionHistory } from '@/lib/view/rebellion-history';
import { describeInstruction, describeWhipBasis } from '@/lib/view/whip-wording';

/**
 * One MP's record against the whip across divisions: "Defied the whip 1 time in 1 whipped vote", what a whipped
 * vote is, and each rebellion with a link to its division. Give it getRebellionHistory(personId)
 * (db/queries/rebels.ts). `headingLevel` fits it into the page's outline; `id` names its heading.
 */
export function RebellionHistory({
  history,
  partyNames,
  headingLevel = 2,
  id = 'rebellion-history',
}: {
  history: RebellionHistory;
  /** Party names by id, so that an inferred whip says whose MPs it was inferred from. */
  partyNames?: ReadonlyMap<number, string>;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const notCounted = [
    history.absences > 0 ? `did not vote in ${plural(history.absences, 'of them', 'of them')}` : null,
    history.recordedAbstentions > 0 ? `went through both lobbies in ${history.recordedAbstentions}` : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <Heading id={`${id}-heading`} className={headingLevel === 2 ? 'text-2xl' : 'text-xl'}>
        Against the whip
      </Heading>
      <p className="text-lg">
        <strong>{describeRebellionTally(history)}</strong>
        {notCounted.length > 0 ? `; ${notCounted.join(' and ')}` : ''}.
      </p>
      <p className="max-w-3xl text-sm text-muted">{WHIPPED_VOTE_DEFINITION}</p>
      {history.rebellionEntries.length > 0 ? (
        <ul className="space-y-2">
          {history.rebellionEntries.map((entry) => (
            <li key={entry.division.officialId}>
              <Link href={`/divisions/${entry.division.officialId}`}>{entry.division.title}</Link>
              <span className="block text-sm text-muted">
                {formatDate(entry.division.date)} · {describePosition(entry.position)}
                {entry.whip
                  ? `, defying the ${entry.whip.basis === 'inferred' ? 'inferred ' : ''}whip to ${describeInstruction(entry.whip).toLowerCase()} (${describeWhipBasis(
                      entry.whip,
                      entry.partyId === null ? null : partyNames?.get(entry.partyId),
                    )})`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
