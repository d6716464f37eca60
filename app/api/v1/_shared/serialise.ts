import 'server-only';
import type { DivisionListItem } from '@/db/queries/divisions';
import type { WhipUsed, WhipVerdict } from '@/lib/domain';
import type { PartyKind } from '@/lib/domain/types';
import { sourceOutlet } from '@/lib/view/sources';

// From the app's rows to the API's shapes (documented by the response schemas in lib/validation/api.ts):
// snake_case keys, official ids, ISO dates, and for every vote the whip used with its basis.

/** A party, and its kind: `chair` for the Speaker and Deputy Speakers, who are shown as such, never as a party. */
export function partyRef(party: { name: string; abbreviation: string; kind?: PartyKind } | null | undefined) {
  if (!party) return null;
  const kind = party.kind === 'speaker' ? 'chair' : (party.kind ?? 'party');
  return { name: party.name, abbreviation: party.abbreviation, kind };
}

/** The whip a vote is measured against; an inferred one carries what it was inferred from. */
export function whipJson(whip: WhipUsed | null) {
  if (!whip) return null;
  const from = whip.evidence ? { on_side: whip.evidence.onSide, voted: whip.evidence.voted, seated: whip.evidence.seated } : null;
  return { instruction: whip.instruction, strength: whip.strength, basis: whip.basis, origin: whip.origin, inferred_from: from };
}

/** A statement as the API gives it: who, what, when (and when relative to the vote, where that applies), the source. */
export function statementJson(s: {
  stanceId: number;
  speaker?: string;
  position: string;
  label: string;
  quote: string | null;
  statedOn: string | null;
  said: string;
  kind: string;
  sourceUrl: string;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  confidence: string;
  note: string | null;
}) {
  return {
    id: s.stanceId,
    ...(s.speaker ? { speaker: s.speaker } : {}),
    position: s.position,
    label: s.label,
    quote: s.quote,
    stated_on: s.statedOn,
    said: s.said,
    kind: s.kind,
    source: { url: s.sourceUrl, title: s.sourceTitle, outlet: sourceOutlet({ url: s.sourceUrl, outlet: s.sourceOutlet ?? undefined }) },
    confidence: s.confidence,
    note: s.note,
  };
}

/** The verdict against the whip; "no_whip" where there is no whip to measure against. */
export function verdictJson(verdict: WhipVerdict | null) {
  return verdict ?? 'no_whip';
}

/** `origin`: the site's address for this request (requestSiteOrigin in lib/site-origin.ts). */
export function divisionSummaryJson(d: DivisionListItem, origin: string) {
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
    url: `${origin}/api/v1/divisions/${d.officialId}`,
  };
}
