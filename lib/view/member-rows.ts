import type { MemberRow } from '@/components/division/member-rows';
import { payrollCode } from '@/components/payroll-badge';
import type { MemberView } from './division-view';
import { rowParties, type RowParty } from './row-parties';
import { describeVerdictShort } from './whip-wording';

/**
 * A division's members as its members table's compact rows (components/division/member-rows.tsx): each party
 * listed once and named by its place in the list, the verdict in words, and only the notes a row has.
 */
export function memberRowsOf(members: ReadonlyArray<MemberView>): { rows: MemberRow[]; parties: RowParty[] } {
  const { parties, indexOf } = rowParties();
  const rows = members.map((m): MemberRow => {
    const payroll = payrollCode(m.payroll);
    return {
      id: m.parliamentId,
      name: m.name,
      seat: m.constituencyName,
      vote: m.position,
      party: indexOf(m.party),
      verdict: m.inChair ? null : describeVerdictShort(m.verdict, m.whip),
      ...(m.verdict === 'rebelled' ? { rebel: true } : null),
      ...(m.isTeller ? { teller: true } : null),
      ...(m.proxyName ? { proxy: m.proxyName } : null),
      ...(payroll ? { payroll } : null),
    };
  });
  return { rows, parties };
}
