import 'server-only';
import type { DivisionListItem } from '@/db/queries/divisions';
import { getConfig } from '@/lib/config';
import type { WhipUsed, WhipVerdict } from '@/lib/domain';

// From the app's rows to the API's shapes (documented by the response schemas in lib/validation/api.ts):
// snake_case keys, official ids, ISO dates, and for every vote the whip used with its basis.

export function partyRef(party: { name: string; abbreviation: string } | null | undefined) {
  return party ? { name: party.name, abbreviation: party.abbreviation } : null;
}

export function whipJson(whip: WhipUsed | null) {
  return whip ? { instruction: whip.instruction, strength: whip.strength, basis: whip.basis, origin: whip.origin } : null;
}

/** The verdict against the whip; "no_whip" where there is no whip to measure against. */
export function verdictJson(verdict: WhipVerdict | null) {
  return verdict ?? 'no_whip';
}

export function divisionSummaryJson(d: DivisionListItem, siteUrl: string) {
  return {
    id: d.officialId,
    date: d.date,
    held_at: d.heldAt,
    number: d.number,
    title: d.officialTitle,
    short_title: d.shortTitle,
    ayes: d.ayeCount,
    noes: d.noCount,
    result: d.resultText,
    url: `${siteUrl}/api/v1/divisions/${d.officialId}`,
  };
}

/** The site's public origin (SITE_URL), for the links in answers. */
export function siteOrigin(): string {
  return getConfig().siteUrl;
}
