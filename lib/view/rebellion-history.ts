import { tallyRebellions, type RebellionTally, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';

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
  /** Every division they were listed in, newest first. */
  entries: HistoryEntry[];
  /** The entries judged `rebelled`, newest first. */
  rebellionEntries: HistoryEntry[];
};

/** The counts and the rebellions over the divisions with an address (an official id), in the order given. */
export function buildRebellionHistory(votes: ReadonlyArray<HistoryVoteInput>): RebellionHistory {
  const entries: HistoryEntry[] = [];
  for (const v of votes) {
    if (v.officialId === null) continue;
    entries.push({
      division: { officialId: v.officialId, date: v.date, title: v.shortTitle ?? v.officialTitle },
      position: v.position,
      partyId: v.partyId,
      whip: v.whip,
      verdict: v.verdict,
    });
  }
  return {
    ...tallyRebellions(entries),
    entries,
    rebellionEntries: entries.filter((e) => e.verdict === 'rebelled'),
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
