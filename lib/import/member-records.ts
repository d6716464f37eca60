import type { PostKind, PostSide } from '@/db/schema/enums';
import { toSortName } from '@/lib/slug';
import { memoByString } from '@/lib/memo-strings';
import { cleanText, hasVisibleLetter } from '@/lib/validation/common';
import type { BiographyItem, MemberBiography, MemberHistory } from '@/lib/validation/members-api';
import { ImportError } from './errors';
import { canonicalParty } from './parties';

// Pure: from the Members API's history and biography of one member to what the database keeps.

export type PartyInput = { name: string; abbreviation: string | null; colour: string | null };
export type SeatInput = { officialId: number | null; name: string; validFrom: string | null; validTo: string | null };
export type MembershipInput = { seat: SeatInput | null; party: PartyInput; startDate: string; endDate: string | null; endReason: string | null };
export type PostInput = {
  postId: number;
  title: string;
  kind: PostKind;
  side: PostSide;
  department: string | null;
  startDate: string;
  endDate: string | null;
};
export type MemberInput = {
  memberId: number;
  name: string;
  sortName: string;
  /** Every name in the official name history with its dates, the current one last (GET /api/Members/History). */
  names: { name: string; startDate: string | null; endDate: string | null }[];
  memberships: MembershipInput[];
  posts: PostInput[];
  /** The member's career page on parliament.uk: the source of the rows imported. */
  sourceUrl: string;
};

/** A spell in a seat (house membership) and a spell in a party (party history), with ISO dates. */
export type SeatSpell = { seat: SeatInput | null; startDate: string; endDate: string | null; endReason: string | null };
export type PartySpell = { party: PartyInput; startDate: string; endDate: string | null };

const laterStart = (a: string, b: string) => (a > b ? a : b);
const earlierEnd = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * Membership periods: each seat spell cut by the party spells it overlaps, so that every change of
 * party (a suspended whip shows as Independent) starts a new period. A party spell that runs past the
 * start of the next is cut there. Where two periods would start on the same day (a party left on the
 * day a seat was won), the later party is the one on that day. A period that ends with its seat takes
 * the seat's end reason; one that ends with a change of party says so.
 */
export function membershipPeriods(seats: ReadonlyArray<SeatSpell>, partySpells: ReadonlyArray<PartySpell>): MembershipInput[] {
  const spells = [...partySpells].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const clipped = spells.map((spell, i) => {
    const next = spells[i + 1];
    const endDate = next && (spell.endDate === null || spell.endDate > next.startDate) ? next.startDate : spell.endDate;
    return { ...spell, endDate };
  });

  const periods: MembershipInput[] = [];
  for (const seat of [...seats].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const byStart = new Map<string, MembershipInput>();
    for (const spell of clipped) {
      const startDate = laterStart(seat.startDate, spell.startDate);
      const endDate = earlierEnd(seat.endDate, spell.endDate);
      if (endDate !== null && endDate < startDate) continue;
      byStart.set(startDate, { seat: seat.seat, party: spell.party, startDate, endDate, endReason: null });
    }
    const inSeat = [...byStart.values()].sort((a, b) => a.startDate.localeCompare(b.startDate));
    inSeat.forEach((period, i) => {
      const next = inSeat[i + 1];
      if (period.endDate === seat.endDate) period.endReason = seat.endReason;
      else if (next) period.endReason = `Party changed to ${next.party.name}`;
    });
    periods.push(...inSeat);
  }
  return periods;
}

/**
 * The kind of a government or opposition post, from its title: whips (including the Lords Commissioners
 * and the Household offices the whips hold), parliamentary private secretaries, spokespeople, party
 * leaders, shadow posts; anything else is a minister.
 */
export function postKindFor(title: string, side: PostSide): PostKind {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/parliamentary private secretary|\bpps\b/.test(t)) return 'pps';
  if (/^(the )?leader of (the )?(.*\bparty\b|liberal democrats|(hm |his majesty's |her majesty's )?(official )?opposition)/.test(t)) return 'party_leader';
  if (/\bwhip\b|lords? commissioner|(comptroller|treasurer|vice-chamberlain) of (hm|his majesty's|her majesty's) household|parliamentary secretary to the treasury/.test(t)) {
    return 'whip';
  }
  if (/spokes(person|man|woman)/.test(t)) return 'spokesperson';
  if (/\bshadow\b/.test(t) || side === 'opposition') return 'shadow_minister';
  return 'minister';
}

const HONORIFICS = /^(the\s+)?(rt\.?\s+hon\.?|hon\.?|mr|mrs|ms|miss|mx|dr|sir|dame|professor|prof)\.?\s+/i;

/** One line of text from the API, without control or bidi characters, its spaces collapsed. */
const oneLine = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();

/**
 * "Ms Diane Abbott" → "Diane Abbott": names as the division records give them, without honorifics (nor control
 * or bidi characters, which would show a name other than it is stored).
 * A title is kept where it is all but the surname ("Lady Hermon"): `minWords` words always remain.
 */
export function plainName(displayAs: string, minWords = 2): string {
  return minWords === 2 ? plainFullName(displayAs) : stripHonorifics(displayAs, minWords);
}

function stripHonorifics(displayAs: string, minWords: number): string {
  let name = oneLine(displayAs);
  for (let stripped = name.replace(HONORIFICS, ''); stripped !== name && stripped.split(' ').length >= minWords; stripped = name.replace(HONORIFICS, '')) {
    name = stripped;
  }
  return name;
}

// An import meets the same 650 names division after division: each is worked out once.
const plainFullName = memoByString((displayAs) => stripHonorifics(displayAs, 2));

/** "Abbott, Ms Diane" → "Abbott, Diane". */
export function plainSortName(listAs: string | null | undefined, name: string): string {
  const listed = listAs ? oneLine(listAs) : '';
  if (!listed.includes(',') || !hasVisibleLetter(listed)) return toSortName(name);
  const [surname, rest = ''] = listed.split(/,(.*)/s).map((s) => s.trim());
  return rest ? `${surname}, ${plainName(rest, 1)}` : (surname ?? toSortName(name));
}

const day = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);

/**
 * One member's record from GET /api/Members/History (one item) and GET /api/Members/{id}/Biography.
 * `source` names the responses in errors: dates that run backwards are refused, naming the field.
 */
export function toMemberInput(
  history: MemberHistory,
  biography: MemberBiography,
  options: { source: { history: string; biography: string }; nameHint?: string | null },
): MemberInput {
  const seatDates = new Map<number, { validFrom: string | null; validTo: string | null }>();
  for (const r of biography.representations ?? []) {
    seatDates.set(r.id, { validFrom: day(r.constituencyStart ?? null), validTo: day(r.constituencyEnd ?? null) });
  }

  const seats: SeatSpell[] = [];
  (history.houseMembershipHistory ?? []).forEach((m, i) => {
    if (m.house !== 1 || !m.membershipStartDate) return;
    const startDate = day(m.membershipStartDate) as string;
    const endDate = day(m.membershipEndDate);
    if (endDate !== null && endDate < startDate) {
      throw new ImportError(options.source.history, `houseMembershipHistory[${i}].membershipEndDate`, `ends (${endDate}) before it starts (${startDate})`);
    }
    const name = m.membershipFrom ? oneLine(m.membershipFrom) : '';
    const dates = m.membershipFromId ? seatDates.get(m.membershipFromId) : undefined;
    seats.push({
      seat: name ? { officialId: m.membershipFromId ?? null, name, validFrom: dates?.validFrom ?? null, validTo: dates?.validTo ?? null } : null,
      startDate,
      endDate,
      endReason: (m.membershipEndReason && oneLine(m.membershipEndReason)) || null,
    });
  });

  const parties: PartySpell[] = [];
  (history.partyHistory ?? []).forEach((p, i) => {
    if (!p.party) return;
    const startDate = day(p.startDate) as string;
    const endDate = day(p.endDate);
    if (endDate !== null && endDate < startDate) {
      throw new ImportError(options.source.history, `partyHistory[${i}].endDate`, `ends (${endDate}) before it starts (${startDate})`);
    }
    const party = canonicalParty({ name: p.party.name, abbreviation: p.party.abbreviation?.trim() || null, colour: p.party.backgroundColour?.trim() || null });
    parties.push({ party, startDate, endDate });
  });

  const posts: PostInput[] = [
    ...toPosts(biography.governmentPosts ?? [], 'government', `${options.source.biography}`, 'governmentPosts'),
    ...toPosts(biography.oppositionPosts ?? [], 'opposition', `${options.source.biography}`, 'oppositionPosts'),
  ];

  const names = [...(history.nameHistory ?? [])].sort((a, b) => (a.endDate === null ? 1 : 0) - (b.endDate === null ? 1 : 0) || a.startDate.localeCompare(b.startDate));
  const latest = names.at(-1);
  // A name with no letter that shows (the API sent only invisible characters) is no name at all.
  const name = [latest?.nameDisplayAs, options.nameHint].map((n) => (n ? plainName(n) : '')).find((n) => hasVisibleLetter(n)) ?? `Member ${history.id}`;
  return {
    memberId: history.id,
    name,
    sortName: plainSortName(latest?.nameListAs, name),
    names: names
      .map((n) => ({ name: n.nameDisplayAs ? plainName(n.nameDisplayAs) : '', startDate: day(n.startDate), endDate: day(n.endDate) }))
      .filter((n) => hasVisibleLetter(n.name)),
    memberships: membershipPeriods(seats, parties),
    posts,
    sourceUrl: `https://members.parliament.uk/member/${history.id}/career`,
  };
}

function toPosts(items: ReadonlyArray<BiographyItem>, side: PostSide, source: string, list: string): PostInput[] {
  return items.map((item, i) => {
    const startDate = day(item.startDate) as string;
    const endDate = day(item.endDate);
    if (endDate !== null && endDate < startDate) throw new ImportError(source, `${list}[${i}].endDate`, `ends (${endDate}) before it starts (${startDate})`);
    const title = oneLine(item.name);
    return { postId: item.id, title, kind: postKindFor(title, side), side, department: departmentFrom(item.additionalInfo, title), startDate, endDate };
  });
}

/** additionalInfo, when it reads like a department rather than a link or a repeat of the title. */
function departmentFrom(info: string | null | undefined, title: string): string | null {
  const text = info ? oneLine(info) : '';
  if (!text || text.length > 120 || /^https?:|www\./i.test(text) || text.toLowerCase() === title.toLowerCase()) return null;
  return text;
}
