import { assessVote, chooseWhip, tallyRebellions, type PartyTally, type RebellionTally, type RecordedWhip, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { PartyKind, VotePosition } from '@/lib/domain/types';

// One MP's record against the whip across divisions. The tallies are counted in SQL (db/queries/rebels.ts);
// the whip and the verdict come from the same rules analyseDivision uses (chooseWhip, assessVote).

export type HistoryVoteInput = {
  divisionId: number;
  officialId: number;
  date: string;
  title: string;
  partyId: number | null;
  position: VotePosition;
};
export type HistoryTallyInput = PartyTally & { divisionId: number; partyId: number };

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

export function buildRebellionHistory(input: {
  votes: ReadonlyArray<HistoryVoteInput>;
  tallies: ReadonlyArray<HistoryTallyInput>;
  whips: ReadonlyArray<RecordedWhip & { divisionId: number; partyId: number }>;
  parties: ReadonlyArray<{ id: number; kind: PartyKind }>;
}): RebellionHistory {
  const kinds = new Map(input.parties.map((p) => [p.id, p.kind]));
  const tallyOf = new Map(input.tallies.map((t) => [`${t.divisionId}:${t.partyId}`, t]));
  const whipOf = new Map(input.whips.map((w) => [`${w.divisionId}:${w.partyId}`, w]));
  const entries = input.votes.map((v): HistoryEntry => {
    const key = `${v.divisionId}:${v.partyId}`;
    const tally = v.partyId === null ? undefined : tallyOf.get(key);
    const whip = v.partyId === null || !tally ? null : chooseWhip(whipOf.get(key), kinds.get(v.partyId) ?? 'party', tally);
    const assessment = assessVote(v.position, whip);
    return {
      division: { officialId: v.officialId, date: v.date, title: v.title },
      position: v.position,
      partyId: v.partyId,
      whip: assessment.whip,
      verdict: assessment.verdict,
    };
  });
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
  'from how most of its MPs voted — whether or not they voted. Free votes, and divisions where no whip is known, are ' +
  'not counted. Not voting is never counted as defying the whip.';
