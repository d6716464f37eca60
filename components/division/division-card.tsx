import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate, formatTime, plural } from '@/lib/view/format';
import type { DivisionHeadline, DivisionTotals } from '@/lib/view/division-summary';
import { PartyBadge } from '../party-badge';

type Party = { id: number; name: string; abbreviation: string; colour: string | null };

/** A division in brief: title, date, result, rebels and departures, linking to its page. */
export function DivisionCard({
  division,
  totals,
  partyById,
  eyebrow,
  headingLevel = 3,
}: {
  division: DivisionHeadline;
  totals: DivisionTotals | undefined;
  partyById: ReadonlyMap<number, Party>;
  eyebrow?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = `/divisions/${division.officialId}`;
  const time = formatTime(division.heldAt);
  return (
    <article className="space-y-3 rounded border border-line border-l-8 border-l-brand bg-surface p-4 sm:p-6">
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wide text-muted">{eyebrow}</p> : null}
      <Heading className="text-xl sm:text-2xl">
        <Link href={href}>{division.shortTitle ?? division.officialTitle}</Link>
      </Heading>
      <p className="text-muted">
        {formatDate(division.date)}
        {time ? ` at ${time}` : ''} · Division {division.officialId}
        {division.shortTitle ? ` · ${division.officialTitle}` : ''}
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        <Figure label="Ayes" value={division.ayeCount} />
        <Figure label="Noes" value={division.noCount} />
        <Figure label="Rebels against the whip" value={totals?.rebels ?? 0} />
        <Figure label="Left their posts" value={totals?.departures ?? 0} />
      </dl>
      {division.resultText ? <p className="font-semibold">{division.resultText}</p> : null}
      {totals && totals.rebelsByParty.length > 0 ? (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>Rebels by party:</span>
          {totals.rebelsByParty.map((r) => (
            <span key={r.partyId} className="inline-flex items-center gap-1">
              <PartyBadge party={partyById.get(r.partyId) ?? null} /> {r.rebels}
            </span>
          ))}
        </p>
      ) : null}
      {totals && totals.departures > 0 ? (
        <p>
          {plural(totals.departures, 'person', 'people')} left {totals.departures === 1 ? 'a post' : 'their posts'} over
          this vote. <Link href={`${href}#departures`}>Who left, and what they said</Link>
        </p>
      ) : null}
    </article>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}
