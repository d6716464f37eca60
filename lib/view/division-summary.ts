import { analyseDivision, leftOverDivision, type PostFacts, type RecordedWhip, type VoteFact } from '@/lib/domain';
import type { PartyKind } from '@/lib/domain/types';

// Rebels and departures for a list of divisions, from rows read in one query each (never per division).

export type DivisionTotals = { rebels: number; departures: number };

export function summariseDivisions(input: {
  divisionIds: ReadonlyArray<number>;
  votes: ReadonlyArray<VoteFact & { divisionId: number }>;
  whips: ReadonlyArray<RecordedWhip & { divisionId: number; partyId: number }>;
  parties: ReadonlyArray<{ id: number; kind: PartyKind }>;
  departures: ReadonlyArray<PostFacts & { divisionId: number; personId: number }>;
}): Map<number, DivisionTotals> {
  const totals = new Map<number, DivisionTotals>();
  for (const divisionId of input.divisionIds) {
    const votes = input.votes.filter((v) => v.divisionId === divisionId);
    const whips = new Map(input.whips.filter((w) => w.divisionId === divisionId).map((w) => [w.partyId, w]));
    const analysis = analyseDivision(votes, input.parties, whips);
    let rebels = 0;
    for (const party of analysis.parties.values()) rebels += party.rebels;
    // One person leaving two posts over the same vote is one departure.
    const leavers = new Set(
      input.departures.filter((d) => d.divisionId === divisionId && leftOverDivision(d, divisionId)).map((d) => d.personId),
    );
    totals.set(divisionId, { rebels, departures: leavers.size });
  }
  return totals;
}
