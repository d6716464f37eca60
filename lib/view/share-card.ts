import { describePosition, type WhipUsed } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';
import type { PartyInfo, PartyRow, RebelGroup } from './division-view';
import { formatDate, plural } from './format';
import type { HistoryEntry } from './rebellion-history';
import { describeInstruction } from './whip-wording';

// What a division's or an MP's share card and embed say, in the words of their pages: the division page's "56
// members defied their party's whip" line and its rebels by party, the MP page's summary headline. Pure: it takes
// what the pages already read (loadDivisionPage, loadMemberPage) and only picks and words it.

/** One party's lobbies on a card: tellers included, as in the party table. */
export type CardParty = { name: string; abbreviation: string; colour: string | null; ayes: number; noes: number };

export type DivisionCard = {
  officialId: number;
  title: string;
  /** "15 Nov 2023" */
  date: string;
  ayes: number;
  noes: number;
  /** "The Noes have it" or the record's own words ("Negatived (amendment rejected), majority 168"). */
  result: string;
  /** The parties with a member in either lobby, largest first, at most CARD_PARTIES. */
  parties: CardParty[];
  /** Parties in either lobby left off the card. */
  otherParties: number;
  /** "56 members defied their party’s whip." and, when any, "10 members left a frontbench or PPS post over it." */
  summary: string;
  /** Rebels party by party: "56 Labour MPs defied the whip to abstain". Empty when nobody rebelled. */
  rebels: string[];
  rebelsTotal: number;
};

/** Parties shown as bars on a card: beyond them a line says how many more voted. */
export const CARD_PARTIES = 6;
/** Rebel groups named on a card: beyond them a line says how many more parties had rebels. */
const CARD_REBEL_GROUPS = 3;

/**
 * One party's rebels in a sentence: "56 Labour MPs defied the whip to abstain", "1 Conservative MP defied the inferred
 * whip to vote against". The whip is the one the division page measured them against.
 */
export function describeRebelGroup(group: Pick<RebelGroup, 'party' | 'members'>): string {
  const n = group.members.length;
  const who = `${n.toLocaleString('en-GB')} ${group.party ? `${group.party.name} ` : ''}${n === 1 ? 'MP' : 'MPs'}`;
  const whip = group.members[0]?.whip ?? null;
  if (!whip) return `${who} defied their party’s whip`;
  return `${who} defied the ${whip.basis === 'inferred' ? 'inferred ' : ''}whip to ${describeInstruction(whip).toLowerCase()}`;
}

/** The rebels on a card, largest group first, with a closing line for the groups left off. */
export function describeRebelGroups(groups: ReadonlyArray<Pick<RebelGroup, 'party' | 'members'>>, max = CARD_REBEL_GROUPS): string[] {
  const sorted = [...groups].sort((a, b) => b.members.length - a.members.length || (a.party?.name ?? '').localeCompare(b.party?.name ?? ''));
  const lines = sorted.slice(0, max).map(describeRebelGroup);
  const rest = sorted.slice(max);
  if (rest.length > 0) {
    const members = rest.reduce((sum, g) => sum + g.members.length, 0);
    lines.push(`and ${plural(members, 'MP')} of ${plural(rest.length, 'other party', 'other parties')}`);
  }
  return lines;
}

/** The division page's summary line: "56 members defied their party’s whip. 10 members left a frontbench or PPS post over it." */
export function describeDivisionSummary(rebelsTotal: number, membersWhoLeftPosts: number): string {
  const rebels = `${plural(rebelsTotal, 'member')} defied their party’s whip.`;
  return membersWhoLeftPosts > 0 ? `${rebels} ${plural(membersWhoLeftPosts, 'member')} left a frontbench or PPS post over it.` : rebels;
}

/** "The Ayes have it", as the division page says it when the record gives no words of its own. */
export function describeResult(ayes: number, noes: number, resultText: string | null): string {
  return resultText ?? (ayes > noes ? 'The Ayes have it' : ayes === noes ? 'A tie' : 'The Noes have it');
}

export function buildDivisionCard(input: {
  division: { officialId: number; date: string; officialTitle: string; shortTitle: string | null; ayeCount: number; noCount: number; resultText: string | null };
  view: {
    partyRows: ReadonlyArray<Pick<PartyRow, 'party' | 'tally'>>;
    rebelGroups: ReadonlyArray<Pick<RebelGroup, 'party' | 'members'>>;
    rebelsTotal: number;
    departures: ReadonlyArray<{ personId: number }>;
  };
}): DivisionCard {
  const { division, view } = input;
  const voting = view.partyRows
    .filter((r) => r.tally.ayes + r.tally.noes > 0)
    .map((r) => toCardParty(r.party, r.tally.ayes, r.tally.noes))
    .sort((a, b) => b.ayes + b.noes - (a.ayes + a.noes) || a.name.localeCompare(b.name));
  return {
    officialId: division.officialId,
    title: division.shortTitle ?? division.officialTitle,
    date: formatDate(division.date),
    ayes: division.ayeCount,
    noes: division.noCount,
    result: describeResult(division.ayeCount, division.noCount, division.resultText),
    parties: voting.slice(0, CARD_PARTIES),
    otherParties: Math.max(0, voting.length - CARD_PARTIES),
    summary: describeDivisionSummary(view.rebelsTotal, new Set(view.departures.map((d) => d.personId)).size),
    rebels: describeRebelGroups(view.rebelGroups),
    rebelsTotal: view.rebelsTotal,
  };
}

function toCardParty(party: PartyInfo, ayes: number, noes: number): CardParty {
  return { name: party.name, abbreviation: party.abbreviation, colour: party.colour, ayes, noes };
}

/** The share of the card's widest bar a count takes (0 to 1): bars of one card share a scale. */
export function barShare(count: number, parties: ReadonlyArray<CardParty>): number {
  const widest = Math.max(1, ...parties.map((p) => p.ayes + p.noes));
  return count / widest;
}

export type MemberCard = {
  parliamentId: number;
  name: string;
  party: { name: string; colour: string | null } | null;
  /** "MP for Bolton South East", or null when no Commons membership is recorded. */
  seat: string | null;
  /** The MP page's summary headline. */
  summary: string;
  /** "Defied the whip 1 time in 1 whipped vote" */
  record: string;
  latestRebellion: { officialId: number; title: string; date: string; words: string } | null;
};

export function buildMemberCard(input: {
  person: { parliamentId: number; name: string };
  party: { name: string; colour: string | null } | null;
  membership: { constituencyName: string | null } | null;
  summary: { headline: string };
  history: { rebellions: number; whippedVotes: number; rebellionEntries: ReadonlyArray<HistoryEntry> };
}): MemberCard {
  const { person, party, membership, summary, history } = input;
  const latest = history.rebellionEntries[0] ?? null;
  const times = history.rebellions === 1 ? 'time' : 'times';
  const votes = history.whippedVotes === 1 ? 'whipped vote' : 'whipped votes';
  return {
    parliamentId: person.parliamentId,
    name: person.name,
    party: party ? { name: party.name, colour: party.colour } : null,
    seat: membership ? `MP for ${membership.constituencyName ?? 'a seat not recorded'}` : null,
    summary: summary.headline,
    record: `Defied the whip ${history.rebellions.toLocaleString('en-GB')} ${times} in ${history.whippedVotes.toLocaleString('en-GB')} ${votes}`,
    latestRebellion: latest
      ? {
          officialId: latest.division.officialId,
          title: latest.division.title,
          date: formatDate(latest.division.date),
          words: describeRebellion(latest.position, latest.whip),
        }
      : null,
  };
}

/** "Voted for, defying the whip to abstain" */
function describeRebellion(position: VotePosition, whip: WhipUsed | null): string {
  const vote = describePosition(position);
  const said = vote.charAt(0).toUpperCase() + vote.slice(1);
  return whip ? `${said}, defying the ${whip.basis === 'inferred' ? 'inferred ' : ''}whip to ${describeInstruction(whip).toLowerCase()}` : said;
}
