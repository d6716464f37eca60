import type { DivisionStanceRow } from '@/db/queries/division-detail';
import { stanceTiming } from '@/lib/domain';
import type { PartyInfo } from '@/lib/view/division-view';
import { PartyBadge } from '../party-badge';
import { StanceQuote } from '../stance-quote';

/**
 * Party lines: what parties (a spokesperson, a party's amendment), rather than any one MP, said on the division's
 * topics, each with when relative to the vote.
 */
export function PartyLines({ lines, divisionDate }: { lines: ReadonlyArray<DivisionStanceRow & { party: PartyInfo | null }>; divisionDate: string }) {
  return (
    <ul className="grid items-start gap-4 lg:grid-cols-2">
      {lines.map((line) => (
        <li key={line.stanceId} className="space-y-2 rounded border border-line p-4">
          <p className="flex flex-wrap items-center gap-2">
            <PartyBadge party={line.party} />
            <span className="text-muted">on {line.topicTitle}</span>
          </p>
          <StanceQuote stance={{ ...line, timing: stanceTiming(line, divisionDate) }} />
        </li>
      ))}
    </ul>
  );
}
