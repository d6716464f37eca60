// Pure: how a search query and an indexed name are cut into words, and what a query may mean besides words (a
// division's official number, a date). db/queries/search.ts ranks with these; the README's "Searching" section says
// how, for users.

/**
 * Lower case, accents and punctuation removed, "&" read as "and", "Saint" as "St" (seats are named both ways), words
 * split: "Liverpool, Riverside" → ["liverpool", "riverside"]. Used on the query and on every name alike.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w === 'saint' ? 'st' : w));
}

/** Titles and forms of address that are not part of a name as the records give it ("Sir Keir Starmer", "Ms Qureshi"). */
const HONORIFICS = new Set(['sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'rt', 'hon', 'right', 'honourable', 'mp', 'the']);

/** Compass points as seat names are shortened in writing ("Bolton SE", "Leeds NW"). */
const COMPASS: Record<string, string[]> = {
  ne: ['north', 'east'],
  nw: ['north', 'west'],
  se: ['south', 'east'],
  sw: ['south', 'west'],
};

/**
 * The words a query is matched on: honorifics left out (while any other word remains), and compass abbreviations
 * written out. At most 8 words.
 */
export function queryWords(query: string): string[] {
  const words = joinCompassLetters(searchWords(query));
  const named = words.filter((w) => !HONORIFICS.has(w));
  return (named.length > 0 ? named : words).flatMap((w) => COMPASS[w] ?? [w]).slice(0, 8);
}

/** "S.E." and "S E" come apart as two letters: joined again ("se"). */
function joinCompassLetters(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const pair = `${words[i]}${words[i + 1] ?? ''}`;
    if (pair.length === 2 && COMPASS[pair]) {
      joined.push(pair);
      i += 1;
    } else joined.push(words[i]!);
  }
  return joined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A query that is a date, in any of the ways people write one in the UK: "15/11/2023", "15-11-2023", "15.11.23",
 * "2023-11-15", "15 November 2023", "15 Nov 2023", "November 15, 2023". Null when it is not a real date.
 */
export function parseSearchDate(query: string): string | null {
  const text = query.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return isoDate(year, Number(match[2]), Number(match[1]));
  }
  const monthOf = (word: string) => {
    const index = MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word.replace(/\.$/, '')));
    return index >= 0 ? index + 1 : null;
  };
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z.]+) (\d{4})$/.exec(text);
  if (match) {
    const month = monthOf(match[2]!);
    return month ? isoDate(Number(match[3]), month, Number(match[1])) : null;
  }
  match = /^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(text);
  if (match) {
    const month = monthOf(match[1]!);
    return month ? isoDate(Number(match[3]), month, Number(match[2])) : null;
  }
  return null;
}

/** A query that is a division's official number ("1666", "division 1666", "#1666"), or null. */
export function parseDivisionNumber(query: string): number | null {
  const match = /^\s*(?:division\s*|#)?(\d{1,7})\s*$/i.exec(query);
  return match ? Number(match[1]) : null;
}
