import 'server-only';
import type { CsvColumn } from '@/lib/export/csv';
import type { MemberList } from './member-list';

// The /mps list as rows for its CSV and JSON downloads: the same rows, in the same order, as the page.

export type MemberExportRow = {
  member_id: number | null;
  name: string;
  party: string | null;
  party_abbreviation: string | null;
  constituency: string | null;
  membership_start: string;
  membership_end: string | null;
  dates_basis: string;
  url: string | null;
};

export function toMemberExportRows(list: MemberList, siteUrl: string): MemberExportRow[] {
  const partyById = new Map(list.parties.map((p) => [p.id, p]));
  return list.members.map((m) => {
    const party = partyById.get(m.partyId);
    return {
      member_id: m.parliamentId,
      name: m.name,
      party: party?.name ?? null,
      party_abbreviation: party?.abbreviation ?? null,
      constituency: m.constituencyName,
      membership_start: m.startDate,
      membership_end: m.endDate,
      dates_basis: m.datesBasis,
      url: m.parliamentId ? `${siteUrl}/mps/${m.parliamentId}` : null,
    };
  });
}

export const MEMBER_EXPORT_COLUMNS: ReadonlyArray<CsvColumn<MemberExportRow>> = (
  ['member_id', 'name', 'party', 'party_abbreviation', 'constituency', 'membership_start', 'membership_end', 'dates_basis', 'url'] as const
).map((key) => ({ header: key, value: (row: MemberExportRow) => row[key] }));

/** The filters the rows were chosen by, as the downloads record them. */
export function describeFilters(list: MemberList) {
  return { q: list.q ?? null, party: list.party?.abbreviation ?? null };
}
