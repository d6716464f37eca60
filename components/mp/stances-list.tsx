import Link from 'next/link';
import { describePosition, describeSaidVsDid, describeStanceTiming, type SaidVsDid, type StanceTiming } from '@/lib/domain';
import type { PartyLineRow, PersonStanceRow } from '@/db/queries/person';
import type { PartySummary } from '@/db/queries/parties';
import type { MemberWords, SaidVsDidEntry, Stance } from '@/lib/view/member-view';
import { capitalise, formatDate } from '@/lib/view/format';
import { PartyBadge } from '../party-badge';
import { StanceQuote } from '../stance-quote';

const VERDICT_STYLES: Record<SaidVsDid, string> = {
  kept: 'border-aye bg-aye-tint',
  broke: 'border-no bg-no-tint',
  did_not_vote: 'border-line bg-paper',
};

type Entry = SaidVsDidEntry<PersonStanceRow, PartyLineRow>;

/**
 * What the member said, division by division: rule 7's one verdict, judged only on words said before the vote,
 * with every quote under it (before, after: "explained their vote", timing not known), and their party's line.
 */
export function StancesList({
  words,
  officialIdByDivision,
  parties,
}: {
  words: MemberWords<PersonStanceRow, PartyLineRow>;
  officialIdByDivision: ReadonlyMap<number, number | null>;
  parties: ReadonlyArray<PartySummary>;
}) {
  if (words.verdicts.length === 0 && words.unlinked.length === 0) return <p>No statements recorded.</p>;
  const partyById = new Map(parties.map((p) => [p.id, p]));
  return (
    <div className="space-y-8">
      {words.verdicts.length > 0 ? (
        <ul className="space-y-8">
          {words.verdicts.map((entry) => (
            <li key={`${entry.divisionId}:${entry.topicSlug}`} className="space-y-3 border-l-4 border-brand pl-4">
              <EntryHeading entry={entry} officialId={officialIdByDivision.get(entry.divisionId) ?? null} />
              <Verdict entry={entry} />
              <Quotes timing="before" stances={entry.before} />
              <Quotes timing="after" stances={entry.after} />
              <Quotes timing="unknown" stances={entry.unknown} />
              {entry.partyLines.length > 0 ? (
                <div className="space-y-2">
                  <h4 className="font-semibold">Their party&rsquo;s line</h4>
                  {entry.partyLines.map((line) => (
                    <div key={line.stanceId} className="space-y-1">
                      <PartyBadge party={partyById.get(line.partyId) ?? null} />
                      <StanceQuote stance={{ ...line, timing: undefined }} />
                    </div>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {words.unlinked.length > 0 ? (
        <div className="space-y-3">
          {words.verdicts.length > 0 ? <h3 className="text-xl">Other statements</h3> : null}
          <ul className="space-y-6">
            {words.unlinked.map((s) => (
              <li key={s.stanceId} className="space-y-2 border-l-4 border-line pl-4">
                <p className="text-sm font-semibold uppercase tracking-wide text-muted">{s.topicTitle}</p>
                <p className="font-semibold">{capitalise(s.label)}</p>
                <StanceQuote stance={s} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function EntryHeading({ entry, officialId }: { entry: Entry; officialId: number | null }) {
  return (
    <h3 className="text-lg">
      <span className="block text-sm font-semibold uppercase tracking-wide text-muted">{entry.topicTitle}</span>
      {officialId ? <Link href={`/divisions/${officialId}`}>Division {officialId}</Link> : 'A division'}, {formatDate(entry.date)}:{' '}
      {describePosition(entry.position)}
    </h3>
  );
}

function Verdict({ entry }: { entry: Entry }) {
  if (entry.verdict) {
    const said = entry.before.find((s) => s.position === 'supports' || s.position === 'opposes')?.position ?? 'supports';
    return (
      <p className={`rounded border-l-4 px-3 py-2 ${VERDICT_STYLES[entry.verdict]}`}>
        <strong>Said vs did: {describeSaidVsDid(entry.verdict)}.</strong> Before the vote they said they {said === 'supports' ? 'support' : 'oppose'}{' '}
        it; they {describePosition(entry.position)}.
      </p>
    );
  }
  const why =
    entry.basis === 'conflicting'
      ? 'before the vote they said both that they support it and that they oppose it.'
      : entry.after.length > 0 && entry.before.length === 0
        ? 'everything recorded was said after the vote, explaining it; only words said before a vote can be kept or broken.'
        : 'nothing recorded from before the vote clearly supports or opposes it.';
  return <p className="text-sm text-muted">No said-vs-did verdict: {why}</p>;
}

function Quotes({ timing, stances }: { timing: StanceTiming; stances: ReadonlyArray<Stance<PersonStanceRow>> }) {
  if (stances.length === 0) return null;
  return (
    <div className="space-y-2">
      <h4 className="font-semibold">{describeStanceTiming(timing)}</h4>
      {stances.map((s) => (
        <StanceQuote key={s.stanceId} stance={s} />
      ))}
    </div>
  );
}
