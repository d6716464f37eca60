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
  { header: 'name', value: (m) => m.name },
  { header: 'member_id', value: (m) => m.parliamentId },
  { header: 'constituency', value: (m) => m.constituencyName },
  { header: 'party', value: (m) => m.party?.name },
  { header: 'party_abbreviation', value: (m) => m.party?.abbreviation },
  { header: 'vote', value: (m) => (m.inChair ? 'in the Chair (does not vote)' : m.position) },
  { header: 'teller', value: (m) => m.isTeller },
  { header: 'proxy', value: (m) => m.proxyName },
  { header: 'whip', value: (m) => m.whip?.instruction ?? (m.inChair ? null : 'no whip known') },
  { header: 'whip_basis', value: (m) => whipBasisWords(m.whip) },
  { header: 'whip_inferred_from', value: (m) => (m.whip?.evidence ? describeEvidence(m.whip.evidence, m.party?.name) : null) },
  { header: 'verdict', value: (m) => m.verdict },
  { header: 'on_the_day', value: (m) => (m.inChair ? 'in the Chair' : PAYROLL_WORDS[m.payroll]) },
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
      held_at: division.heldAt,
      title: division.shortTitle ?? division.officialTitle,
      official_title: division.officialTitle,
      ayes: division.ayeCount,
      noes: division.noCount,
    },
    filters: query,
    count: members.length,
    members: members.map((m) => ({
      name: m.name,
      member_id: m.parliamentId,
      constituency: m.constituencyName,
      party: m.party ? { name: m.party.name, abbreviation: m.party.abbreviation } : null,
      vote: m.position,
      is_teller: m.isTeller,
      proxy: m.proxyName,
      in_chair: m.inChair,
      whip: m.whip
        ? {
            instruction: m.whip.instruction,
            basis: m.whip.basis,
            origin: m.whip.origin,
            strength: m.whip.strength,
            inferred_from: evidenceJson(m.whip.evidence),
          }
        : null,
      verdict: m.verdict,
      on_the_day: m.inChair ? 'in the Chair' : PAYROLL_WORDS[m.payroll],
    })),
  };
}

/** How the party voted, for an inferred whip, in snake_case: what the whip was inferred from. */
export function evidenceJson(evidence: { onSide: number; voted: number; seated: number } | undefined | null) {
  return evidence ? { on_side: evidence.onSide, voted: evidence.voted, seated: evidence.seated } : null;
}
