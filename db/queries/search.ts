import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/connection';
import { queryWords, searchWords } from '@/lib/search/words';

// The site's search over the FTS5 trigram index of migrations 0002 and 0007 (search_index): people by name (and
// earlier names), constituencies, divisions by title and topics by title. The query's words are those of
// lib/search/words.ts queryWords (honorifics left out, "SE" read as "south east"). Three passes, each only when the
// one before found nothing:
//   1. every word of the query appears in the name (substring: "qures", "bolton south");
//   2. the index's trigrams gather candidates that share pieces of the words, and each candidate is kept
//      only when every query word is close to one of its words ("Sth" → South, "Quereshi" → Qureshi);
//   3. a spelling-distance pass over every indexed name but divisions' titles, for queries whose typos leave no
//      shared trigram.

export type SearchHitKind = 'person' | 'constituency' | 'division' | 'topic';
export type SearchHit = { kind: SearchHitKind; refId: number; text: string; score: number };

type IndexRow = { kind: SearchHitKind; refId: number; text: string };

const MAX_CANDIDATES = 200;

export { searchWords };

/** Damerau–Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** "sth" in "south": same first letter, the rest in order (how people shorten place names). */
function isAbbreviationOf(short: string, word: string): boolean {
  if (short.length < 2 || short.length >= word.length || short[0] !== word[0]) return false;
  let at = 0;
  for (const ch of word) if (ch === short[at]) at += 1;
  return at === short.length;
}

/** How well one query word matches one word of a name, 0 (not at all) to 1 (exactly). */
function wordScore(query: string, word: string): number {
  if (query === word) return 1;
  if (word.startsWith(query) && query.length >= 2) return 0.9;
  if (query.length >= 3 && word.includes(query)) return 0.8;
  if (isAbbreviationOf(query, word)) return 0.7;
  const allowed = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  if (allowed > 0) {
    // Compare with the whole word, and with its start for a query that is a partial word with a typo.
    const distance = Math.min(editDistance(query, word), editDistance(query, word.slice(0, query.length)));
    if (distance <= allowed) return 0.6 - 0.1 * distance;
  }
  return 0;
}

/**
 * How well a query matches a name: the mean of each query word's best match, or 0 when any query word
 * matches nothing (every word the user typed must count for something). Short connecting words are
 * optional: "Bolton Sth East" and "Liverpool Riverside" need not type "and" or a comma.
 */
export function matchScore(
  queryWords: ReadonlyArray<string>,
  textWords: ReadonlyArray<string>,
  options: { everyWord: boolean } = { everyWord: true },
): number {
  if (queryWords.length === 0) return 0;
  let total = 0;
  for (const q of queryWords) {
    const best = Math.max(0, ...textWords.map((w) => wordScore(q, w)));
    if (best === 0 && options.everyWord) return 0;
    total += best;
  }
  // Prefer names with fewer unmatched words: "Bolton South East" over "Bolton South East and Farnworth".
  const coverage = Math.min(1, queryWords.length / textWords.length);
  return total / queryWords.length + 0.05 * coverage;
}

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. */
function ftsLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function trigrams(word: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 3 <= word.length; i += 1) grams.push(word.slice(i, i + 3));
  return grams;
}

/** A person's earlier names (migration 0003: kind `person_name`) are found as the person. */
const KIND = sql.raw(`CASE kind WHEN 'person_name' THEN 'person' ELSE kind END AS kind`);

/** The index's kinds for the kinds asked for: a person's earlier names are found as the person. */
function indexKinds(kinds: ReadonlySet<SearchHitKind>): SQL {
  const stored = [...kinds].flatMap((k) => (k === 'person' ? ['person', 'person_name'] : [k]));
  return sql`kind IN (${sql.join(
    stored.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

function queryIndex(db: Db, match: string, kinds: ReadonlySet<SearchHitKind>, limit: number): IndexRow[] {
  return db.all<IndexRow>(
    sql`SELECT ${KIND}, ref_id AS refId, text FROM search_index
        WHERE search_index MATCH ${match} AND ${indexKinds(kinds)} ORDER BY bm25(search_index) LIMIT ${limit}`,
  );
}

function allOfKinds(db: Db, kinds: ReadonlySet<SearchHitKind>): IndexRow[] {
  return db.all<IndexRow>(sql`SELECT ${KIND}, ref_id AS refId, text FROM search_index WHERE ${indexKinds(kinds)}`);
}

function rank(rows: ReadonlyArray<IndexRow>, words: ReadonlyArray<string>, threshold: number, everyWord = true): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const score = matchScore(words, searchWords(row.text), { everyWord });
    if (score >= threshold) hits.push({ ...row, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text, 'en-GB'));
}

const CONNECTING_WORDS = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'with']);

/**
 * Names that share the most words with `name`, best first, even when not every word matches: the
 * "nearest matches" for a seat we do not hold ("Bolton South and Walkden" → Bolton South East). Words
 * are weighted by rarity, so a shared "Bolton" counts for more than a shared "South".
 */
export function searchNearest(name: string, options: { kinds?: ReadonlyArray<SearchHitKind>; db?: Db } = {}): SearchHit[] {
  const db = options.db ?? getDb();
  const words = searchWords(name).filter((w) => !CONNECTING_WORDS.has(w)).slice(0, 8);
  if (words.length === 0) return [];
  const rows = allOfKinds(db, new Set(options.kinds ?? ['person', 'constituency']));
  const scored = rows.map((row) => {
    const textWords = searchWords(row.text);
    return { row, perWord: words.map((q) => Math.max(0, ...textWords.map((w) => wordScore(q, w)))) };
  });
  const weights = words.map((_, i) => {
    const df = scored.filter((s) => s.perWord[i]! > 0).length;
    return Math.log((rows.length + 1) / (df + 1)) + 0.01;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const hits: SearchHit[] = [];
  for (const { row, perWord } of scored) {
    const score = perWord.reduce((sum, best, i) => sum + best * weights[i]!, 0) / totalWeight;
    if (score >= 0.25) hits.push({ ...row, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text, 'en-GB'));
}

/**
 * Names and constituencies matching the query, best first. `kinds` narrows to people or seats.
 */
export function searchIndex(
  query: string,
  options: { kinds?: ReadonlyArray<SearchHitKind>; db?: Db } = {},
): SearchHit[] {
  const db = options.db ?? getDb();
  const words = queryWords(query);
  if (words.length === 0) return [];
  const kinds = new Set<SearchHitKind>(options.kinds ?? ['person', 'constituency']);

  // 1. Every word as a substring (trigram needs three characters; shorter words are checked by rank()).
  const long = words.filter((w) => w.length >= 3);
  if (long.length > 0) {
    const exact = rank(queryIndex(db, long.map(ftsLiteral).join(' AND '), kinds, MAX_CANDIDATES), words, 0.5);
    if (exact.length > 0) return exact;
  }

  // 2. Candidates sharing any trigram, best first, then judged word by word.
  const grams = [...new Set(words.flatMap(trigrams))];
  if (grams.length > 0) {
    const near = rank(queryIndex(db, grams.map(ftsLiteral).join(' OR '), kinds, MAX_CANDIDATES), words, 0.5);
    if (near.length > 0) return near;
  }

  // 3. Spelling distance over every short name indexed (a few thousand at most); not over divisions' titles, which are
  // long and many, and are found by the passes above.
  const short = new Set([...kinds].filter((k) => k !== 'division'));
  return short.size > 0 ? rank(allOfKinds(db, short), words, 0.5) : [];
}

type PersonSeatRow = { refId: number; name: string; seat: string };

/**
 * People found by their name and a seat they sat for together ("Qureshi Bolton", "Starmer Holborn"): every query
 * word matches a word of the name or of the seat, at least one matches only the name and one only the seat. For a
 * query the name or seat alone does not answer; reads every person's seats, so only when the passes above found no one.
 */
export function searchPeopleWithSeats(query: string, options: { db?: Db } = {}): SearchHit[] {
  const db = options.db ?? getDb();
  const words = queryWords(query);
  if (words.length < 2) return [];
  const rows = db.all<PersonSeatRow>(
    sql`SELECT DISTINCT p.id AS refId, p.name AS name, c.name AS seat
        FROM persons p JOIN memberships m ON m.person_id = p.id JOIN constituencies c ON c.id = m.constituency_id`,
  );
  const best = new Map<number, SearchHit>();
  for (const row of rows) {
    const nameWords = searchWords(row.name);
    const seatWords = searchWords(row.seat);
    let total = 0;
    let byName = false;
    let bySeat = false;
    for (const q of words) {
      const name = Math.max(0, ...nameWords.map((w) => wordScore(q, w)));
      const seat = Math.max(0, ...seatWords.map((w) => wordScore(q, w)));
      if (name === 0 && seat === 0) {
        total = -1;
        break;
      }
      if (name >= seat) byName = true;
      else bySeat = true;
      total += Math.max(name, seat);
    }
    if (total < 0 || !byName || !bySeat) continue;
    const score = total / words.length;
    if (score < 0.5 || (best.get(row.refId)?.score ?? 0) >= score) continue;
    best.set(row.refId, { kind: 'person', refId: row.refId, text: `${row.name}, ${row.seat}`, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text, 'en-GB'));
}
