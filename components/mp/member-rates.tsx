import type { PartyMedians, PersonRates } from '@/db/queries/member-rates';

const percent = (n: number) => `${(n * 100).toFixed(n > 0 && n < 0.1 ? 1 : 0)}%`;
const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Attendance and the rebellion rate, each with its counts and beside the median of MPs of the member's party (its
 * MPs by their latest party), so that a figure reads in proportion.
 */
export function MemberRates({ rates, medians, partyName }: { rates: PersonRates; medians: PartyMedians | undefined; partyName: string | null }) {
  const beside = (value: number | null | undefined) =>
    partyName && value !== null && value !== undefined ? ` The median for ${partyName} MPs is ${percent(value)}.` : '';
  return (
    <section aria-labelledby="rates-heading" className="space-y-3">
      <h2 id="rates-heading" className="text-2xl">
        Attendance and rebellion
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-line p-3">
          <dt className="font-semibold">Attendance</dt>
          <dd>
            {rates.divisionsHeld === 0
              ? 'No division recorded while they sat.'
              : `Voted in ${count(rates.votesCast)} of ${count(rates.divisionsHeld)} divisions held while an MP (${percent(rates.votesCast / rates.divisionsHeld)}).`}
            {beside(medians?.attendance)}
          </dd>
        </div>
        <div className="rounded border border-line p-3">
          <dt className="font-semibold">Rebellion rate</dt>
          <dd>
            {rates.whippedVotes === 0
              ? 'No whipped vote recorded.'
              : `Defied the whip in ${count(rates.rebellions)} of ${count(rates.whippedVotes)} whipped votes (${percent(rates.rebellions / rates.whippedVotes)}).`}
            {beside(medians?.rebellionRate)}
          </dd>
        </div>
      </dl>
      <p className="max-w-3xl text-sm text-muted">
        Divisions held while an MP are those whose official record lists them, voting or not. A whipped vote is one in
        which their party had a whip, recorded or inferred; free votes and divisions with no whip known are left out. A
        party&rsquo;s median is the middle figure of its MPs (by their latest party).
      </p>
    </section>
  );
}
