import type { DivisionVotesQuery } from '@/lib/validation/division-votes';
import type { MemberView } from '@/lib/view/division-view';
import type { CsvColumn } from './csv';

// A division's members list as a download: the same rows, in the same order, as the page's table.

export const divisionVotesCsvColumns: CsvColumn<MemberView>[] = [
  { header: 'Name', value: (m) => m.name },
  { header: 'Parliament member id', value: (m) => m.parliamentId },
  { header: 'Constituency', value: (m) => m.constituencyName },
  { header: 'Party', value: (m) => m.party?.name },
  { header: 'Party abbreviation', value: (m) => m.party?.abbreviation },
  { header: 'Vote', value: (m) => m.position },
  { header: 'Teller', value: (m) => m.isTeller },
  { header: 'Proxy', value: (m) => m.proxyName },
  { header: 'Whip', value: (m) => m.whip?.instruction },
  { header: 'Whip basis', value: (m) => (m.whip ? (m.whip.origin === 'computed' ? 'inferred (majority of party)' : m.whip.basis) : null) },
  { header: 'Verdict', value: (m) => m.verdict },
  { header: 'On the day', value: (m) => m.payroll ?? 'backbench' },
];

export function divisionVotesJson(
  division: { officialId: number; date: string; heldAt: string; officialTitle: string; shortTitle: string | null; ayeCount: number; noCount: number },
  query: DivisionVotesQuery,
  members: ReadonlyArray<MemberView>,
) {
  return {
    division: {
      id: division.officialId,
      date: division.date,
      heldAt: division.heldAt,
      title: division.shortTitle ?? division.officialTitle,
      officialTitle: division.officialTitle,
      ayes: division.ayeCount,
      noes: division.noCount,
    },
    filters: query,
    count: members.length,
    members: members.map((m) => ({
      name: m.name,
      parliamentId: m.parliamentId,
      constituency: m.constituencyName,
      party: m.party ? { name: m.party.name, abbreviation: m.party.abbreviation } : null,
      vote: m.position,
      isTeller: m.isTeller,
      proxy: m.proxyName,
      whip: m.whip ? { instruction: m.whip.instruction, basis: m.whip.basis, origin: m.whip.origin, strength: m.whip.strength } : null,
      verdict: m.verdict,
      onTheDay: m.payroll ?? 'backbench',
    })),
  };
}
