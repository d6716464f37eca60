import type { VotePosition } from './types';

/** Where one member appears in a division record. */
export type DivisionListing = {
  inAyes: boolean;
  inNoes: boolean;
  tellerForAyes: boolean;
  tellerForNoes: boolean;
};

export type EffectiveVote = { position: VotePosition; isTeller: boolean };

/**
 * Rule 1: a teller counts as voting on the side they told for; a member in both lobbies (or telling
 * for one and listed in the other) voted `both`, a recorded abstention; a member not listed at all, or
 * listed only under "no vote recorded", is `absent`.
 */
export function effectiveVote(listing: DivisionListing): EffectiveVote {
  const aye = listing.inAyes || listing.tellerForAyes;
  const no = listing.inNoes || listing.tellerForNoes;
  const isTeller = listing.tellerForAyes || listing.tellerForNoes;
  if (aye && no) return { position: 'both', isTeller };
  if (aye) return { position: 'aye', isTeller };
  if (no) return { position: 'no', isTeller };
  return { position: 'absent', isTeller: false };
}

export type NamesRecorded = { ayes: number; noes: number };

/**
 * How many names the record lists in each lobby, leaving tellers out as the official counts do.
 * A member in both lobbies is listed in both.
 */
export function countNamesRecorded(votes: ReadonlyArray<EffectiveVote>): NamesRecorded {
  let ayes = 0;
  let noes = 0;
  for (const v of votes) {
    if (v.isTeller) continue;
    if (v.position === 'aye' || v.position === 'both') ayes += 1;
    if (v.position === 'no' || v.position === 'both') noes += 1;
  }
  return { ayes, noes };
}

export type CountCheck = {
  official: NamesRecorded;
  recorded: NamesRecorded;
  /** True when the names recorded differ from the tellers' official count (division 1666: 293 v 294). */
  differs: boolean;
};

export function compareCounts(official: NamesRecorded, recorded: NamesRecorded): CountCheck {
  return { official, recorded, differs: official.ayes !== recorded.ayes || official.noes !== recorded.noes };
}
