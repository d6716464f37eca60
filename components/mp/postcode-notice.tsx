import Link from 'next/link';
import type { HeldSeat, PostcodeOutcome } from '@/lib/postcode/outcome';
import { formatDate } from '@/lib/view/format';
import { SearchForm } from '../search-form';

function period(seat: HeldSeat): string {
  return seat.validTo ? `${formatDate(seat.validFrom)} to ${formatDate(seat.validTo)}` : `from ${formatDate(seat.validFrom)}`;
}

/** A constituency search offered when a postcode could not be turned into a seat. */
function ConstituencySearch() {
  return (
    <div className="max-w-xl">
      <SearchForm id="constituency-search" name="Search by constituency" label="Constituency name" />
    </div>
  );
}

/** What a postcode search found, in plain words; never an error page, whatever the postcode service did. */
export function PostcodeNotice({ outcome, membersFound }: { outcome: PostcodeOutcome; membersFound: number }) {
  switch (outcome.kind) {
    case 'invalid':
      return (
        <div className="space-y-3 rounded border-l-4 border-line bg-paper p-4">
          <p>
            &ldquo;{outcome.input}&rdquo; is not a complete UK postcode. A postcode looks like BL3 5AB or SW1A 0AA: check
            it, or search by your constituency&rsquo;s name instead.
          </p>
          <ConstituencySearch />
        </div>
      );
    case 'unavailable':
      return (
        <div className="space-y-3 rounded border-l-4 border-no bg-no-tint p-4">
          <p>
            <strong>We could not reach the postcode service just now</strong>, so we cannot tell which constituency{' '}
            {outcome.postcode} is in. Search by your constituency&rsquo;s name instead, or try the postcode again later.
          </p>
          <ConstituencySearch />
        </div>
      );
    case 'not_found':
      return (
        <div className="space-y-3 rounded border-l-4 border-line bg-paper p-4">
          <p>
            The postcode service knows no constituency for {outcome.postcode}. Check the postcode, or search by your
            constituency&rsquo;s name instead.
          </p>
          <ConstituencySearch />
        </div>
      );
    case 'seat_not_held':
      return (
        <div className="space-y-3 rounded border-l-4 border-brand bg-paper p-4">
          <p>
            {outcome.postcode} is in <strong>{outcome.seatName}</strong>, according to the postcode service. We hold no
            seat of that name in any boundary set we have: it may be a seat whose boundaries we do not hold yet.
          </p>
          {outcome.nearest.length > 0 ? (
            <>
              <p id="nearest-heading">Nearest matches by name:</p>
              <ul aria-labelledby="nearest-heading" className="list-disc space-y-1 pl-6">
                {outcome.nearest.map((seat) => (
                  <li key={seat.id}>
                    <Link href={`/mps?q=${encodeURIComponent(seat.name)}`}>{seat.name}</Link>{' '}
                    <span className="text-sm text-muted">(boundaries {period(seat)})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ConstituencySearch />
          )}
        </div>
      );
    case 'found':
      return (
        <div className="space-y-2 rounded border-l-4 border-aye bg-aye-tint p-4">
          <p>
            {outcome.postcode} is in <strong>{outcome.seatName}</strong>.
          </p>
          {outcome.boundariesChanged ? (
            <p>
              We hold {outcome.seats[0]!.name} on its boundaries of {period(outcome.seats[0]!)}. Boundaries changed at the
              2024 general election, so the seat then may not have covered your address.
            </p>
          ) : null}
          {membersFound === 0 ? (
            <p>
              No MP for this seat is recorded yet: none of the divisions we hold lists one for it, and its member has not
              been imported from Parliament&rsquo;s records.
            </p>
          ) : null}
        </div>
      );
  }
}
