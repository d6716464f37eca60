import { PAYROLL_WORDS } from '@/lib/domain';
import { NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';
import type { RebelList, RebelRow } from '@/lib/view/rebels';
import { partyLineOf, stanceOf } from '@/lib/view/rebels';
import { describeEvidence, describeInstruction } from '@/lib/view/whip-wording';
import type { CsvColumn } from './csv';
import { whipBasisWords } from './division-votes';

// The rebel explorer's rows as a download: one CSV line (or JSON object) per row of the page, in its order.
// Cells with several rebellions (several divisions chosen) list them in the same order, separated by "; ".

const list = (row: RebelRow, value: (r: RebelRow['rebellions'][number]) => string) => row.rebellions.map(value).join('; ');

export function rebelsCsvColumns(topic?: string): CsvColumn<RebelRow>[] {
  return [
    { header: 'Name', value: (r) => r.name },
    { header: 'Parliament member id', value: (r) => r.parliamentId },
    { header: 'Party', value: (r) => r.party?.name },
    { header: 'Party abbreviation', value: (r) => r.party?.abbreviation },
    { header: 'Constituency', value: (r) => r.constituencyName },
    { header: 'Nation', value: (r) => (r.nation ? NATION_NAMES[r.nation] : null) },
    { header: 'Rebellions shown', value: (r) => r.rebellions.length },
    { header: 'Rebellions in these divisions', value: (r) => r.tally.rebellions },
    { header: 'Whipped votes in these divisions', value: (r) => r.tally.whippedVotes },
    { header: 'Division ids', value: (r) => list(r, (x) => String(x.division.officialId)) },
    { header: 'Division dates', value: (r) => list(r, (x) => x.division.date) },
    { header: 'Division titles', value: (r) => list(r, (x) => x.division.title) },
    { header: 'Votes', value: (r) => list(r, (x) => x.position) },
    { header: 'Whips', value: (r) => list(r, (x) => describeInstruction(x.whip).toLowerCase()) },
    { header: 'Whip bases', value: (r) => list(r, (x) => whipBasisWords(x.whip) ?? '') },
    { header: 'Whips inferred from', value: (r) => list(r, (x) => (x.whip.evidence ? describeEvidence(x.whip.evidence, x.party?.name) : '')) },
    { header: 'On the day', value: (r) => list(r, (x) => PAYROLL_WORDS[x.payroll]) },
    { header: 'Left a post over the vote', value: (r) => list(r, (x) => (x.leftPost ? 'yes' : 'no')) },
    { header: 'Stance', value: (r) => list(r, (x) => stanceOf(x, topic)) },
    { header: 'Party line', value: (r) => list(r, (x) => partyLineOf(x, topic)) },
  ];
}

/** The JSON download: the filters applied, the counts, and the rows with their rebellions. */
export function rebelsJson(list: RebelList, query: RebelsQuery) {
  return {
    filters: query,
    counts: { rebels: list.rows.length, rebellions: list.rebellionCount },
    rebels: list.rows.map((r) => ({
      name: r.name,
      parliamentId: r.parliamentId,
      party: r.party ? { name: r.party.name, abbreviation: r.party.abbreviation } : null,
      constituency: r.constituencyName,
      nation: r.nation,
      rebellionsShown: r.rebellions.length,
      rebellionsInTheseDivisions: r.tally.rebellions,
      whippedVotesInTheseDivisions: r.tally.whippedVotes,
      rebellions: r.rebellions.map((x) => ({
        division: { id: x.division.officialId, date: x.division.date, title: x.division.title },
        vote: x.position,
        isTeller: x.isTeller,
        whip: { instruction: x.whip.instruction, basis: x.whip.basis, origin: x.whip.origin, strength: x.whip.strength, inferredFrom: x.whip.evidence ?? null },
        onTheDay: PAYROLL_WORDS[x.payroll],
        leftPost: x.leftPost,
        stance: stanceOf(x, query.topic),
        partyLine: partyLineOf(x, query.topic),
      })),
    })),
  };
}
