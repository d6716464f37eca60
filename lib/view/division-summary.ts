import {
  addToTally,
  assessVote,
  chooseWhip,
  emptyTally,
  leftOverDivision,
  seatedMembers,
  type PartyTally,
  type PostFacts,
  type RecordedWhip,
} from '@/lib/domain';
import type { PartyKind, VotePosition } from '@/lib/domain/types';
import { groupBy } from './group-by';

// Rebels and departures for a list of divisions, from rows read in one query each (never per division).

export type DivisionTotals = {
  rebels: number;
  /** Parties with rebels, most first (then by name). */
  rebelsByParty: { partyId: number; rebels: number }[];
  /** People who left a post over the division (one person leaving two posts counts once). */
  departures: number;
};

/** How many of a party's members voted one way in a division, tellers included (db/queries/divisions.ts). */
export type PartyWayTally = { divisionId: number; partyId: number; position: VotePosition; members: number };

/**
 * Rules 3 and 4 over each party's tally, as analyseDivision applies them vote by vote: the whip recorded, else
 * rule 4's guess from the tally and the members seated (chooseWhip), and a vote's verdict depends only on its way
 * of voting and that whip. So a party's rebels are its members on the ways judged rebellion, and a list of
 * divisions needs a few tally rows a party rather than every vote.
 */
export function summariseDivisions(input: {
  divisionIds: ReadonlyArray<number>;
  tallies: ReadonlyArray<PartyWayTally>;
  whips: ReadonlyArray<RecordedWhip & { divisionId: number; partyId: number }>;
  parties: ReadonlyArray<{ id: number; kind: PartyKind; name?: string }>;
  departures: ReadonlyArray<PostFacts & { divisionId: number; personId: number }>;
  /** Members of a party seated on a division's day by membership (db/queries/seated.ts), as its page counts them. */
  seated?: (divisionId: number, partyId: number) => number;
}): Map<number, DivisionTotals> {
  const parties = new Map(input.parties.map((p) => [p.id, p]));
  const talliesByDivision = groupBy(input.tallies, (t) => t.divisionId);
  const whipsByDivision = groupBy(input.whips, (w) => w.divisionId);
  const departuresByDivision = groupBy(input.departures, (d) => d.divisionId);
  const nameOf = (partyId: number) => parties.get(partyId)?.name ?? '';
  const totals = new Map<number, DivisionTotals>();
  for (const divisionId of input.divisionIds) {
    const whips = new Map((whipsByDivision.get(divisionId) ?? []).map((w) => [w.partyId, w]));
    const rebelsByParty = [...groupBy(talliesByDivision.get(divisionId) ?? [], (t) => t.partyId)]
      .map(([partyId, ways]) => {
        const tally = ways.reduce((sum: PartyTally, way) => addToTally(sum, way.position, way.members), emptyTally());
        const seated = seatedMembers(tally, input.seated?.(divisionId, partyId) ?? 0);
        const whip = chooseWhip(whips.get(partyId), parties.get(partyId)?.kind ?? 'party', tally, seated);
        const rebels = ways.reduce((sum, way) => sum + (assessVote(way.position, whip).verdict === 'rebelled' ? way.members : 0), 0);
        return { partyId, rebels };
      })
      .filter((p) => p.rebels > 0)
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
