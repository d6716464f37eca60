import type { VoteAssessment } from './rebellion';

/**
 * A "whipped vote": a division in which the member's party had a whip to measure the vote against,
 * recorded (reported, or inferred by an editor) or computed by rule 4, other than a free vote; counted
 * whether the member voted (aye, no, both lobbies) or was absent. It is the denominator of "defied the whip
 * N times in M whipped votes". A division with no whip (no record and no guess, e.g. an independent, the
 * Chair, a tied party) or a free vote is not a whipped vote: there was nothing to defy.
 */
export function isWhippedVote(assessment: VoteAssessment): boolean {
  return assessment.whip !== null && assessment.verdict !== null && assessment.verdict !== 'free_vote';
}

export type RebellionTally = {
  /** Votes against the whip (rule 3's `rebelled`). */
  rebellions: number;
  /** The denominator: see isWhippedVote. */
  whippedVotes: number;
  /** Of the whipped votes, those with no vote recorded (never a rebellion). */
  absences: number;
  /** Of the whipped votes, both lobbies against an aye or no whip. */
  recordedAbstentions: number;
};

/** Rebellions over whipped votes, from one member's assessed votes (any number of divisions). */
export function tallyRebellions(assessments: Iterable<VoteAssessment>): RebellionTally {
  const tally: RebellionTally = { rebellions: 0, whippedVotes: 0, absences: 0, recordedAbstentions: 0 };
  for (const a of assessments) {
    if (!isWhippedVote(a)) continue;
    tally.whippedVotes += 1;
    if (a.verdict === 'rebelled') tally.rebellions += 1;
    else if (a.verdict === 'did_not_vote') tally.absences += 1;
    else if (a.verdict === 'recorded_abstention') tally.recordedAbstentions += 1;
  }
  return tally;
}
