import {
  addToTally,
  assessVote,
  chooseWhip,
  emptyTally,
  leftOverDivision,
  isWhippedVote,
  seatedMembers,
  type PartyTally,
  type PostFacts,
  type RecordedWhip,
  type WhipUsed,
} from '@/lib/domain';
import type { PartyKind, VotePosition } from '@/lib/domain/types';
import { VOTE_POSITIONS } from '@/db/schema/enums';
import { groupBy } from './group-by';

// Rebels and departures for a list of divisions, from rows read in one query each (never per division).

/** What a list of divisions shows of each: its titles, day and time, the official counts and the result. */
export type DivisionHeadline = {
  officialId: number;
  date: string;
  heldAt: string;
  officialTitle: string;
  shortTitle: string | null;
  ayeCount: number;
  noCount: number;
  resultText: string | null;
};

/**
 * A division with no rebel, in words: rebels are counted only against a whip recorded or inferred (rule 4), so a
 * party whose whip is not known may still have voted against it; "no MP defied the whip" would say more than that.
 */
export const NO_KNOWN_REBELS = 'No MP voted against a known party whip';

export type DivisionTotals = {
  rebels: number;
  /** Parties with rebels, most first (then by name). */
  rebelsByParty: { partyId: number; rebels: number }[];
  /** People who left a post over the division (one person leaving two posts counts once). */
  departures: number;
};

/** How many of a party's members voted one way in a division, tellers included (db/queries/divisions.ts). */
export type PartyWayTally = { divisionId: number; partyId: number; position: VotePosition; members: number };

type WhipInput = {
  divisionIds: ReadonlyArray<number>;
  tallies: ReadonlyArray<PartyWayTally>;
  whips: ReadonlyArray<RecordedWhip & { divisionId: number; partyId: number }>;
  parties: ReadonlyArray<{ id: number; kind: PartyKind; name?: string }>;
  /** Members of a party seated on a division's day by membership (db/queries/seated.ts), as its page counts them. */
  seated?: (divisionId: number, partyId: number) => number;
};

/**
 * One party in one division: the whip its members' votes are measured against (null when none is known), whether
 * its votes are whipped votes, the ways of voting that defied it, and how many did.
 */
export type PartyWhipJudgement = {
  divisionId: number;
  partyId: number;
  whip: WhipUsed | null;
  whipped: boolean;
  rebelPositions: VotePosition[];
  rebels: number;
};

/**
 * Rules 3 and 4 over each party's tally, as analyseDivision applies them vote by vote: the whip recorded, else
 * rule 4's guess from the tally and the members seated (chooseWhip), and a vote's verdict depends only on its way
 * of voting and that whip. So a party's rebels are its members on the ways judged rebellion, and its members' votes
 * are whipped votes (isWhippedVote) or not all together: a list of divisions needs a few tally rows a party rather
 * than every vote.
 */
export function judgePartyWhips(input: WhipInput): PartyWhipJudgement[] {
  const parties = new Map(input.parties.map((p) => [p.id, p]));
  const talliesByDivision = groupBy(input.tallies, (t) => t.divisionId);
  const whipsByDivision = groupBy(input.whips, (w) => w.divisionId);
  const judged: PartyWhipJudgement[] = [];
  for (const divisionId of input.divisionIds) {
    const whips = new Map((whipsByDivision.get(divisionId) ?? []).map((w) => [w.partyId, w]));
    for (const [partyId, ways] of groupBy(talliesByDivision.get(divisionId) ?? [], (t) => t.partyId)) {
      const tally = ways.reduce((sum: PartyTally, way) => addToTally(sum, way.position, way.members), emptyTally());
      const seated = seatedMembers(tally, input.seated?.(divisionId, partyId) ?? 0);
      const whip = chooseWhip(whips.get(partyId), parties.get(partyId)?.kind ?? 'party', tally, seated);
      const rebelPositions = VOTE_POSITIONS.filter((position) => assessVote(position, whip).verdict === 'rebelled');
      judged.push({
        divisionId,
        partyId,
        whip,
        whipped: isWhippedVote(assessVote('absent', whip)),
        rebelPositions,
        rebels: ways.reduce((sum, way) => sum + (rebelPositions.includes(way.position) ? way.members : 0), 0),
      });
    }
  }
  return judged;
}

/** Rebels and departures for each division: its parties' rebels (judgePartyWhips), and who left a post over it. */
export function summariseDivisions(
  input: WhipInput & {
    departures: ReadonlyArray<PostFacts & { divisionId: number; personId: number }>;
    /** The parties already judged (db/queries/judged-divisions.ts), rather than judged again here. */
    judged?: ReadonlyArray<PartyWhipJudgement>;
  },
): Map<number, DivisionTotals> {
  const parties = new Map(input.parties.map((p) => [p.id, p]));
  const nameOf = (partyId: number) => parties.get(partyId)?.name ?? '';
  const judgedByDivision = groupBy(input.judged ?? judgePartyWhips(input), (j) => j.divisionId);
  const departuresByDivision = groupBy(input.departures, (d) => d.divisionId);
  const totals = new Map<number, DivisionTotals>();
  for (const divisionId of input.divisionIds) {
    const rebelsByParty = (judgedByDivision.get(divisionId) ?? [])
      .filter((p) => p.rebels > 0)
      .map(({ partyId, rebels }) => ({ partyId, rebels }))
      .sort((a, b) => b.rebels - a.rebels || nameOf(a.partyId).localeCompare(nameOf(b.partyId)) || a.partyId - b.partyId);
    const leavers = new Set(
      (departuresByDivision.get(divisionId) ?? []).filter((d) => leftOverDivision(d, divisionId)).map((d) => d.personId),
    );
    totals.set(divisionId, {
      rebels: rebelsByParty.reduce((sum, p) => sum + p.rebels, 0),
      rebelsByParty,
      departures: leavers.size,
    });
  }
  return totals;
}
