/** A party as compact table rows name it: by its place in a list the table sends once. */
export type RowParty = { name: string; abbreviation: string; colour: string | null };

/**
 * A list a table sends once, each value in it once in the order first met (told apart by `keyOf`), and each row's
 * index into it: hundreds of rows then carry a number rather than the value each.
 */
function listedOnce<T, K>(keyOf: (value: T) => K) {
  const values: T[] = [];
  const index = new Map<K, number>();
  const indexOf = (value: T): number => {
    const key = keyOf(value);
    let found = index.get(key);
    if (found === undefined) {
      found = values.push(value) - 1;
      index.set(key, found);
    }
    return found;
  };
  return { values, indexOf };
}

/**
 * A party as a badge draws it, and nothing more: what a client component is sent of a party (never its id or kind).
 */
export function rowParty(party: RowParty): RowParty {
  return { name: party.name, abbreviation: party.abbreviation, colour: party.colour };
}

/** The parties of a table's rows, by abbreviation, and each row's index into them (-1 for no party recorded). */
export function rowParties() {
  const { values: parties, indexOf } = listedOnce((party: RowParty) => party.abbreviation);
  return {
    parties,
    indexOf: (party: RowParty | null | undefined): number =>
      party ? indexOf(rowParty(party)) : -1,
  };
}

/**
 * The sentences a table's rows repeat ("Conservative, Richdale", "Voted for. Followed the Conservative whip to vote
 * for."), and each row's index into them: an MP's hundred votes carry a few dozen sentences, not a hundred copies.
 */
export function rowTexts() {
  const { values: texts, indexOf } = listedOnce((text: string) => text);
  return { texts, indexOf };
}
