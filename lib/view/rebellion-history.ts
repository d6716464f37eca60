import { describePosition, tallyRebellions, type RebellionTally, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';
import { formatDate, plural } from './format';
import { describeInstruction, describeWhipBasis } from './whip-wording';

// One MP's record against the whip across divisions, from their votes already judged by the rules
// analyseDivision uses (chooseWhip, assessVote): lib/view/member-view.ts assessMemberVotes does that for the
// member's page and for getRebellionHistory (db/queries/rebels.ts), from one read of the record.

/** A vote judged against the whip of the member's party on the day (assessMemberVotes gives these). */
export type HistoryVoteInput = {
  officialId: number | null;
  date: string;
  officialTitle: string;
  shortTitle: string | null;
  partyId: number | null;
  position: VotePosition;
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
};

export type HistoryEntry = {
  division: { officialId: number; date: string; title: string };
  position: VotePosition;
  partyId: number | null;
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
};

export type RebellionHistory = RebellionTally & {
  /** The votes judged `rebelled`, newest first. */
  rebellionEntries: HistoryEntry[];
};

/** The counts and the rebellions over the divisions with an address (an official id), in the order given. */
export function buildRebellionHistory(votes: ReadonlyArray<HistoryVoteInput>): RebellionHistory {
  const addressed = votes.filter((v) => v.officialId !== null);
  return rebellionHistoryOf(tallyRebellions(addressed), votes.filter((v) => v.verdict === 'rebelled'));
}

/**
 * The same from the tally already made (tallyRebellions over the votes with an address) and the rebellions, of which
 * those in a division without an address are left out: an MP's page counts the whole record without making a row
 * for each vote (db/queries/member-page.ts).
 */
export function rebellionHistoryOf(tally: RebellionTally, rebellions: ReadonlyArray<HistoryVoteInput>): RebellionHistory {
  const addressed = rebellions.filter((v): v is HistoryVoteInput & { officialId: number } => v.officialId !== null);
  return {
    ...tally,
    rebellionEntries: addressed.map((v) => ({
      division: { officialId: v.officialId, date: v.date, title: v.shortTitle ?? v.officialTitle },
      position: v.position,
      partyId: v.partyId,
      whip: v.whip,
      verdict: v.verdict,
    })),
  };
}

/** "Defied the whip 1 time in 1 whipped vote." */
export function describeRebellionTally(tally: Pick<RebellionTally, 'rebellions' | 'whippedVotes'>): string {
  const times = tally.rebellions === 1 ? 'time' : 'times';
  const votes = tally.whippedVotes === 1 ? 'whipped vote' : 'whipped votes';
  return `Defied the whip ${tally.rebellions.toLocaleString('en-GB')} ${times} in ${tally.whippedVotes.toLocaleString('en-GB')} ${votes}`;
}

/** What "whipped vote" means, in the words the pages use. */
export const WHIPPED_VOTE_DEFINITION =
  'A whipped vote is a division in which their party had a whip to measure the vote against — recorded, or inferred ' +
  'from how its MPs voted when at least half of them voted and two thirds of those agreed — whether or not they voted. ' +
  'Free votes, and divisions where no whip is known, are not counted. Not voting is never counted as defying the whip.';

/**
 * An MP's record against the whip as the page's client component is sent it (components/rebellion-history.tsx):
 * worded here, on the server, dates in words, each rebellion one line under its division's title.
 */
export type RebellionList = {
  /** "Defied the whip 3 times in 40 whipped votes" */
  tally: string;
  /** "; did not vote in 2 of them and went through both lobbies in 1", or nothing. */
  notCounted: string;
  definition: string;
  /** Each rebellion listed, newest first: its division's official id and title, and how they voted against which whip. */
  rebellions: { id: number; title: string; line: string }[];
  /** When the page lists only the most recent: how many of how many, and the link to the others (or back to the few). */
  more?: { note: string; href: string; label: string };
};

/** How many rebellions an MP's page lists unless asked for all of them: the most recent. */
export const REBELLIONS_SHOWN = 10;

/**
 * The addresses of an MP's page with every rebellion listed and with only the most recent (REBELLIONS_SHOWN), and
 * which of the two this is. A rebel of long standing has hundreds, which every page of their votes would repeat.
 */
export type RebellionsShown = { all: boolean; allHref: string; fewerHref: string };

/**
 * `partyNames`: party names by id, so that an inferred whip says whose MPs it was inferred from. `shown`: list only the
 * most recent, with a link to the rest, unless it says all; without it, every rebellion.
 */
export function rebellionListOf(history: RebellionHistory, partyNames?: ReadonlyMap<number, string>, shown?: RebellionsShown): RebellionList {
  const notCounted = [
    history.absences > 0 ? `did not vote in ${plural(history.absences, 'of them', 'of them')}` : null,
    history.recordedAbstentions > 0 ? `went through both lobbies in ${history.recordedAbstentions}` : null,
  ].filter(Boolean);
  const lineOf = (entry: HistoryEntry): RebellionList['rebellions'][number] => ({
    id: entry.division.officialId,
    title: entry.division.title,
    line:
      `${formatDate(entry.division.date)} · ${describePosition(entry.position)}` +
      (entry.whip
        ? `, defying the ${entry.whip.basis === 'inferred' ? 'inferred ' : ''}whip to ${describeInstruction(entry.whip).toLowerCase()} (${describeWhipBasis(
            entry.whip,
            entry.partyId === null ? null : partyNames?.get(entry.partyId),
          )})`
        : ''),
  });
  const entries = history.rebellionEntries;
  const long = shown !== undefined && entries.length > REBELLIONS_SHOWN;
  const total = entries.length.toLocaleString('en-GB');
  const more = !long
    ? undefined
    : shown.all
      ? { note: `All ${total}, newest first.`, href: shown.fewerHref, label: `Show only the ${REBELLIONS_SHOWN} most recent` }
      : { note: `The ${REBELLIONS_SHOWN} most recent of ${total}.`, href: shown.allHref, label: `Show all ${total} votes against the whip` };
  return {
    tally: describeRebellionTally(history),
    notCounted: notCounted.length > 0 ? `; ${notCounted.join(' and ')}` : '',
    definition: WHIPPED_VOTE_DEFINITION,
    rebellions: (long && !shown.all ? entries.slice(0, REBELLIONS_SHOWN) : entries).map(lineOf),
    ...(more ? { more } : null),
  };
}
