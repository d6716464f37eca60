import type { DivisionListItem } from '@/db/queries/divisions';
import type { FinderQuery } from '@/lib/validation/division-finder';
import type { DivisionTotals } from '@/lib/view/division-summary';
import type { CsvColumn } from './csv';

// The division finder's downloads (/divisions.csv, /divisions.json): one row per division, as the page lists them.
// Pure: no database, no Next.js.

export type DivisionListRow = { division: DivisionListItem; totals: DivisionTotals | undefined };

type Party = { id: number; abbreviation: string };

const rebelsByParty = (row: DivisionListRow, parties: ReadonlyMap<number, Party>) =>
  (row.totals?.rebelsByParty ?? []).map((p) => ({ party: parties.get(p.partyId)?.abbreviation ?? null, rebels: p.rebels }));

/** The CSV's columns: snake_case headers, as every download and the API name things. */
export function divisionListCsvColumns(parties: ReadonlyArray<Party>): CsvColumn<DivisionListRow>[] {
  const byId = new Map(parties.map((p) => [p.id, p]));
  return [
    { header: 'division_id', value: (r) => r.division.officialId },
    { header: 'date', value: (r) => r.division.date },
    { header: 'held_at', value: (r) => r.division.heldAt },
    { header: 'number', value: (r) => r.division.number },
    { header: 'title', value: (r) => r.division.shortTitle ?? r.division.officialTitle },
    { header: 'official_title', value: (r) => r.division.officialTitle },
    { header: 'ayes', value: (r) => r.division.ayeCount },
    { header: 'noes', value: (r) => r.division.noCount },
    { header: 'result', value: (r) => r.division.resultText },
    { header: 'rebels', value: (r) => r.totals?.rebels ?? 0 },
    { header: 'rebels_by_party', value: (r) => rebelsByParty(r, byId).map((p) => `${p.party ?? 'unknown'}: ${p.rebels}`).join('; ') },
    { header: 'left_posts', value: (r) => r.totals?.departures ?? 0 },
    { header: 'url_path', value: (r) => `/divisions/${r.division.officialId}` },
  ];
}

/** The JSON: the filters applied, how many matched, and the divisions. */
export function divisionListJson(
  rows: ReadonlyArray<DivisionListRow>,
  found: { query: FinderQuery; total: number; parties: ReadonlyArray<Party> },
) {
  const byId = new Map(found.parties.map((p) => [p.id, p]));
  return {
    filters: found.query,
    total: found.total,
    divisions: rows.map((r) => ({
      division_id: r.division.officialId,
      date: r.division.date,
      held_at: r.division.heldAt,
      number: r.division.number,
      title: r.division.shortTitle ?? r.division.officialTitle,
      official_title: r.division.officialTitle,
      ayes: r.division.ayeCount,
      noes: r.division.noCount,
      result: r.division.resultText,
      rebels: r.totals?.rebels ?? 0,
      rebels_by_party: rebelsByParty(r, byId),
      left_posts: r.totals?.departures ?? 0,
      url_path: `/divisions/${r.division.officialId}`,
    })),
  };
}
