import { analyseDivision, leftOverDivision, type PostFacts, type RecordedWhip, type VoteFact } from '@/lib/domain';
import type { PartyKind } from '@/lib/domain/types';
import { groupBy } from './group-by';

// Rebels and departures for a list of divisions, from rows read in one query each (never per division).

export type DivisionTotals = {
  rebels: number;
  /** Parties with rebels, most first. */
  rebelsByParty: { partyId: number; rebels: number }[];
  /** People who left a post over the division (one person leaving two posts counts once). */
  departures: number;
};

export function summariseDivisions(input: {
  divisionIds: ReadonlyArray<number>;
  votes: ReadonlyArray<VoteFact & { divisionId: number }>;
  whips: ReadonlyArray<RecordedWhip & { divisionId: number; partyId: number }>;
  parties: ReadonlyArray<{ id: number; kind: PartyKind }>;
  departures: ReadonlyArray<PostFacts & { divisionId: number; personId: number }>;
  /** Members of a party seated on a division's day by membership (db/queries/seated.ts), as its page counts them. */
  seated?: (divisionId: number, partyId: number) => number;
}): Map<number, DivisionTotals> {
  const votesByDivision = groupBy(input.votes, (v) => v.divisionId);
  const whipsByDivision = groupBy(input.whips, (w) => w.divisionId);
  const departuresByDivision = groupBy(input.departures, (d) => d.divisionId);
  const totals = new Map<number, DivisionTotals>();
  for (const divisionId of input.divisionIds) {
    const whips = new Map((whipsByDivision.get(divisionId) ?? []).map((w) => [w.partyId, w]));
    const votes = votesByDivision.get(divisionId) ?? [];
    const partyIds = new Set(votes.flatMap((v) => (v.partyId === null ? [] : [v.partyId])));
    const seated = new Map([...partyIds].map((partyId) => [partyId, input.seated?.(divisionId, partyId) ?? 0]));
    const analysis = analyseDivision(votes, input.parties, whips, seated);
    const rebelsByParty = [...analysis.parties.values()]
      .filter((p) => p.rebels > 0)
      .map((p) => ({ partyId: p.partyId, rebels: p.rebels }))
      .sort((a, b) => b.rebels - a.rebels);
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
