/** A party as compact table rows name it: by its place in a list the table sends once. */
export type RowParty = { name: string; abbreviation: string; colour: string | null };

/**
 * The parties of a table's rows, each listed once in the order first met, and each row's index into that list (-1
 * for no party recorded): hundreds of rows then carry a number rather than a party each.
 */
export function rowParties() {
  const parties: RowParty[] = [];
  const index = new Map<string, number>();
  const indexOf = (party: RowParty | null | undefined): number => {
    if (!party) return -1;
    let found = index.get(party.abbreviation);
    if (found === undefined) {
      found = parties.push({ name: party.name, abbreviation: party.abbreviation, colour: party.colour }) - 1;
      index.set(party.abbreviation, found);
    }
    return found;
  };
  return { parties, indexOf };
}

/**
 * The sentences a table's rows repeat ("Conservative, Richdale", "Voted for. Followed the Conservative whip to vote
 * for."), each listed once, and each row's index into that list: an MP's hundred votes carry a few dozen sentences,
 * not a hundred copies of each.
 */
export function rowTexts() {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (text: string): number => {
    let found = index.get(text);
    if (found === undefined) {
      found = texts.push(text) - 1;
      index.set(text, found);
    }
    return found;
  };
  return { texts, indexOf };
}
