import { PAYROLL_WORDS } from '@/lib/domain';
import { NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';
import type { RebelList, RebelRow, RebelScope } from '@/lib/view/rebels';
import type { RebelDivisionFact } from '@/lib/view/rebels-facts';
import { describeRebelScope } from '@/lib/view/rebels-describe';
import { partyLineOf, stanceOf } from '@/lib/view/rebels';
import { describeEvidence, describeInstruction } from '@/lib/view/whip-wording';
import type { CsvColumn } from './csv';
import { evidenceJson, whipBasisWords } from './division-votes';

// The rebel explorer's rows as a download: one CSV line (or JSON object) per row of the page, in its order.
// Cells with several rebellions (several divisions chosen) list them in the same order, separated by "; ".

const list = (row: RebelRow, value: (r: RebelRow['rebellions'][number]) => string) => row.rebellions.map(value).join('; ');

export function rebelsCsvColumns(topic?: string): CsvColumn<RebelRow>[] {
  return [
    { header: 'name', value: (r) => r.name },
    { header: 'member_id', value: (r) => r.parliamentId },
    { header: 'party', value: (r) => r.party?.name },
    { header: 'party_abbreviation', value: (r) => r.party?.abbreviation },
    { header: 'constituency', value: (r) => r.constituencyName },
    { header: 'nation', value: (r) => (r.nation ? NATION_NAMES[r.nation] : null) },
    { header: 'rebellions_shown', value: (r) => r.rebellions.length },
    { header: 'rebellions_in_these_divisions', value: (r) => r.tally.rebellions },
    { header: 'whipped_votes_in_these_divisions', value: (r) => r.tally.whippedVotes },
    { header: 'division_ids', value: (r) => list(r, (x) => String(x.division.officialId)) },
    { header: 'division_dates', value: (r) => list(r, (x) => x.division.date) },
    { header: 'division_titles', value: (r) => list(r, (x) => x.division.title) },
    { header: 'votes', value: (r) => list(r, (x) => x.position) },
    { header: 'whips', value: (r) => list(r, (x) => describeInstruction(x.whip).toLowerCase()) },
    { header: 'whip_bases', value: (r) => list(r, (x) => whipBasisWords(x.whip) ?? '') },
    { header: 'whips_inferred_from', value: (r) => list(r, (x) => (x.whip.evidence ? describeEvidence(x.whip.evidence, x.party?.name) : '')) },
    { header: 'on_the_day', value: (r) => list(r, (x) => PAYROLL_WORDS[x.payroll]) },
    { header: 'left_a_post_over_the_vote', value: (r) => list(r, (x) => (x.leftPost ? 'yes' : 'no')) },
    { header: 'stance', value: (r) => list(r, (x) => stanceOf(x, topic)) },
    { header: 'party_line', value: (r) => list(r, (x) => partyLineOf(x, topic)) },
  ];
}

/** The JSON download: the filters applied, the counts, and the rows with their rebellions. */
export function rebelsJson(list: RebelList, query: RebelsQuery) {
  return {
    filters: query,
    counts: { rebels: list.rows.length, rebellions: list.rebellionCount },
    rebels: list.rows.map((r) => ({
      name: r.name,
      member_id: r.parliamentId,
      party: r.party ? { name: r.party.name, abbreviation: r.party.abbreviation } : null,
      constituency: r.constituencyName,
      nation: r.nation,
      rebellions_shown: r.rebellions.length,
      rebellions_in_these_divisions: r.tally.rebellions,
      whipped_votes_in_these_divisions: r.tally.whippedVotes,
      rebellions: r.rebellions.map((x) => ({
        division: { id: x.division.officialId, date: x.division.date, title: x.division.title },
        vote: x.position,
        is_teller: x.isTeller,
        whip: { instruction: x.whip.instruction, basis: x.whip.basis, origin: x.whip.origin, strength: x.whip.strength, inferred_from: evidenceJson(x.whip.evidence) },
        on_the_day: PAYROLL_WORDS[x.payroll],
        left_post: x.leftPost,
        stance: stanceOf(x, query.topic),
        party_line: partyLineOf(x, query.topic),
      })),
    })),
  };
}

/** The divisions a list covers, as its JSON download and the API say: every count and tally in it is over these alone. */
export function rebelScopeJson(scope: RebelScope, divisions: ReadonlyArray<RebelDivisionFact>) {
  return {
    description: describeRebelScope(scope),
    kind: scope.kind,
    from: scope.from,
    to: scope.to,
    divisions_read: scope.read,
    divisions_matching: scope.matching,
    limit: scope.limit,
    earlier_to: scope.earlierTo,
    divisions: divisions.map((d) => ({ id: d.officialId, date: d.date, title: d.title })),
  };
}
