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
