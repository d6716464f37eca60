import type { MpListRow } from '@/components/mp/mp-list-rows';
import type { MemberListItem } from '@/db/queries/members';
import type { PartySummary } from '@/db/queries/parties';
import { capitalise, describeMembershipDates } from './format';
import { rowParties, type RowParty } from './row-parties';

/**
 * The MPs page's rows as its table's compact rows (components/mp/mp-list-rows.tsx): each party listed once and named
 * by its place in the list, and when each membership ran in words, unless the page says it once for every row.
 */
export function mpListRowsOf(
  members: ReadonlyArray<MemberListItem>,
  partyById: ReadonlyMap<number, PartySummary>,
  options: { withDates: boolean },
): { rows: MpListRow[]; parties: RowParty[] } {
  const { parties, indexOf } = rowParties();
  const rows = members.map((m): MpListRow => {
    const party = partyById.get(m.partyId);
    return {
      id: m.parliamentId,
      name: m.name,
      party: indexOf(party),
      ...(party?.kind === 'speaker' ? { chair: true } : null),
      seat: m.constituencyName,
      ...(options.withDates ? { when: capitalise(describeMembershipDates(m)) } : null),
    };
  });
  return { rows, parties };
}
