import { PAYROLL_WORDS } from '@/lib/domain';
import type { DivisionVotesQuery } from '@/lib/validation/division-votes';
import type { MemberView } from '@/lib/view/division-view';
import { describeEvidence } from '@/lib/view/whip-wording';
import type { CsvColumn } from './csv';

/** Where the whip a vote is measured against comes from, in a word or two. */
export function whipBasisWords(whip: MemberView['whip']): string | null {
  if (!whip) return null;
  if (whip.origin === 'computed') return 'inferred from the vote';
  return whip.basis === 'reported' ? 'reported' : 'inferred by an editor';
}

// A division's members list as a download: the same rows, in the same order, as the page's table.

export const divisionVotesCsvColumns: CsvColumn<MemberView>[] = [
  { header: 'Name', value: (m) => m.name },
  { header: 'Parliament member id', value: (m) => m.parliamentId },
  { header: 'Constituency', value: (m) => m.constituencyName },
  { header: 'Party', value: (m) => m.party?.name },
  { header: 'Party abbreviation', value: (m) => m.party?.abbreviation },
  { header: 'Vote', value: (m) => (m.inChair ? 'in the Chair (does not vote)' : m.position) },
  { header: 'Teller', value: (m) => m.isTeller },
  { header: 'Proxy', value: (m) => m.proxyName },
  { header: 'Whip', value: (m) => m.whip?.instruction ?? (m.inChair ? null : 'no whip known') },
  { header: 'Whip basis', value: (m) => whipBasisWords(m.whip) },
  { header: 'Whip inferred from', value: (m) => (m.whip?.evidence ? describeEvidence(m.whip.evidence, m.party?.name) : null) },
  { header: 'Verdict', value: (m) => m.verdict },
  { header: 'On the day', value: (m) => (m.inChair ? 'in the Chair' : PAYROLL_WORDS[m.payroll]) },
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
      inChair: m.inChair,
      whip: m.whip
        ? {
            instruction: m.whip.instruction,
            basis: m.whip.basis,
            origin: m.whip.origin,
            strength: m.whip.strength,
            inferredFrom: m.whip.evidence ?? null,
          }
        : null,
      verdict: m.verdict,
      onTheDay: m.inChair ? 'in the Chair' : PAYROLL_WORDS[m.payroll],
    })),
  };
}
