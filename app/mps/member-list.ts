import 'server-only';
import {
  countMembersByParty,
  findConstituencies,
  findNearestConstituencies,
  listMembersForConstituencies,
  searchMembers,
  type MemberListItem,
} from '@/db/queries/members';
import { listParties, type PartySummary } from '@/db/queries/parties';
import { versionMemo } from '@/db/version-memo';
import { getConfig } from '@/lib/config';
import { lookUpPostcode } from '@/lib/postcode/lookup';
import type { PostcodeOutcome } from '@/lib/postcode/outcome';
import { looksLikePostcode, normalisePostcode } from '@/lib/postcode/validate';
import { readParam, type SearchParams } from '@/lib/view/params';

// What /mps shows for its query string: the page and its CSV and JSON downloads all call this, so a
// download holds exactly the rows and filters on screen.

export type MemberList = {
  q: string | undefined;
  partyParam: string | undefined;
  party: PartySummary | undefined;
  parties: PartySummary[];
  members: MemberListItem[];
  countByParty: Map<number, number>;
  total: number;
  postcode: PostcodeOutcome | null;
};

/**
 * The members a search or a party's filter found, by query and party, kept until the data changes (db/version-memo.ts):
 * the same names are looked up again and again (a news story sends thousands to one MP), and the full-text and
 * spelling passes cost more than drawing the page. Shared: callers must not change what it returns.
 */
const matchesMemo = versionMemo<string, MemberListItem[]>({ maxEntries: 64 });

/** The 2024 general election, when the boundaries of 2010 gave way to new ones. */
const BOUNDARY_CHANGE = '2024-07-04';

async function findByPostcode(q: string, partyId: number | undefined): Promise<{ outcome: PostcodeOutcome; members: MemberListItem[] }> {
  const postcode = normalisePostcode(q);
  if (!postcode) return { outcome: { kind: 'invalid', input: q }, members: [] };
  const answer = await lookUpPostcode(postcode, getConfig().postcodeService);
  if (answer.status === 'unavailable') return { outcome: { kind: 'unavailable', postcode }, members: [] };
  if (answer.status === 'not_found') return { outcome: { kind: 'not_found', postcode }, members: [] };

  const seatName = answer.constituency.name;
  const seats = findConstituencies({ name: seatName, parliamentId: answer.constituency.parliamentId });
  if (seats.length === 0) {
    return { outcome: { kind: 'seat_not_held', postcode, seatName, nearest: findNearestConstituencies(seatName) }, members: [] };
  }
  // The services answer with today's seats. A seat we hold by name alone, only on boundaries that ended
  // at the 2024 election, may not cover the same streets: the page says so.
  const isSameSeat = answer.constituency.parliamentId !== null && seats.some((s) => s.parliamentId === answer.constituency.parliamentId);
  const boundariesChanged = !isSameSeat && seats.every((s) => s.validTo !== null && s.validTo < BOUNDARY_CHANGE);
  return {
    outcome: { kind: 'found', postcode, seatName, seats, boundariesChanged },
    members: listMembersForConstituencies(
      seats.map((s) => s.id),
      partyId,
    ),
  };
}

export async function loadMemberList(searchParams: SearchParams): Promise<MemberList> {
  const q = readParam(searchParams, 'q')?.slice(0, 100);
  const partyParam = readParam(searchParams, 'party');
  const parties = listParties();
  const party = parties.find((p) => p.abbreviation.toLowerCase() === partyParam?.toLowerCase());
  const counts = countMembersByParty();

  let members: MemberListItem[];
  let postcode: PostcodeOutcome | null = null;
  if (q && looksLikePostcode(q)) {
    const found = await findByPostcode(q, party?.id);
    members = found.members;
    postcode = found.outcome;
  } else {
    members = matchesMemo(`${party?.id ?? ''}:${q ?? ''}`, () => searchMembers({ query: q, partyId: party?.id }));
  }
  return {
    q,
    partyParam,
    party,
    parties,
    members,
    countByParty: new Map(counts.map((c) => [c.partyId, c.members])),
    total: counts.reduce((sum, c) => sum + c.members, 0),
    postcode,
  };
}
