// Many rows read as one: a column each, every row's value joined by commas by group_concat (the columns of one
// aggregate see the rows in the same order), and taken apart here. better-sqlite3 makes an array or an object for
// each row it reads, and for thousands of rows that cost more than SQLite took to read them, and left them all for
// the garbage collector: an MP's record (db/queries/person.ts) and every party's tallies and recorded whips, which
// every division's whips are judged from (db/queries/judged-divisions.ts), are read this way. A division's 650 votes
// gained little (its members made in 0.78 ms against 0.82, the objects the page needs being most of it), and are
// read a row a vote (db/queries/division-detail.ts).
import { VOTE_POSITIONS, type VotePosition } from '@/db/schema/enums';

/** No party or seat recorded, in a column of ids (every id is positive); nothing recorded, in a column of numbers. */
export const NO_ID = -1;

/** A text column of one of a few `values` as its place among them, and any other value as the place after the last. */
function placeSql(column: string, values: ReadonlyArray<string>): string {
  return `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${values.length} END`;
}

/**
 * A text column of one of a few `values` (at most nine) as one digit a row, its place among them, joined without
 * commas; any other value reads as undefined (valueAt), as it would if it were read as text and looked up.
 */
export function codesSql(column: string, values: ReadonlyArray<string>): string {
  return `group_concat(${placeSql(column, values)}, '')`;
}

/** The value of the row at `i` in codesSql's column (one string each for every row kept). */
export function valueAt<T>(codes: string, i: number, values: ReadonlyArray<T>): T {
  return values[codes.charCodeAt(i) - ZERO]!;
}

/**
 * Each vote's way and whether it was told as one digit: twice the way's place in VOTE_POSITIONS, plus one for a
 * teller (8 or 9 for a way not known here, which reads as undefined).
 */
export const VOTE_CODES_SQL = `group_concat(2 * ${placeSql('position', VOTE_POSITIONS)} + (is_teller = 1), '')`;

const COMMA = 44;
const ZERO = 48;

/** The way of the vote at `i` in VOTE_CODES_SQL's column. */
export function positionAt(codes: string, i: number): VotePosition {
  return VOTE_POSITIONS[(codes.charCodeAt(i) - ZERO) >> 1]!;
}

/** 1 when the vote at `i` in VOTE_CODES_SQL's column was a teller's, else 0. */
export function tellerAt(codes: string, i: number): number {
  return (codes.charCodeAt(i) - ZERO) & 1;
}

/** A column of ids (or counts): `count` numbers with commas between, an empty one where none is recorded (NO_ID). */
export function readIds(text: string | null, count: number): Int32Array {
  const ids = new Int32Array(count);
  if (count === 0) return ids;
  let k = 0;
  let value = 0;
  let digits = false;
  for (let i = 0; i <= text!.length; i++) {
    const c = i < text!.length ? text!.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      ids[k++] = digits ? value : NO_ID;
      value = 0;
      digits = false;
    } else {
      value = value * 10 + (c - ZERO);
      digits = true;
    }
  }
  if (k !== count) throw new Error(`A column was read with ${k} numbers for ${count} rows.`);
  return ids;
}
