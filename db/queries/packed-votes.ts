// Many votes read as one row: a column each, every vote's value joined by commas by group_concat (the columns of one
// aggregate see the rows in the same order), and taken apart here. better-sqlite3 makes an array for each row it
// reads, and for a member's thousands of votes that cost more than SQLite took to read them, and left them all for
// the garbage collector: an MP's record (db/queries/person.ts) is read this way. A division's 650 votes gained
// little (its members made in 0.78 ms against 0.82, the objects the page needs being most of it), and are read a
// row a vote (db/queries/division-detail.ts).
import type { VotePosition } from '@/db/schema/enums';

/** No party or seat recorded, in a column of ids (every id is positive). */
export const NO_ID = -1;

/**
 * Each vote's way and whether it was told as one digit: twice the way's place in POSITION_CODES, plus one for a
 * teller (8 for a way not known here, which reads as undefined, as the way would if it were read as text).
 */
export const VOTE_CODES_SQL = `group_concat(CASE position WHEN 'aye' THEN 0 WHEN 'no' THEN 2 WHEN 'both' THEN 4 WHEN 'absent' THEN 6 ELSE 8 END + (is_teller = 1), '')`;

/** Each way of voting by its code (one string each for every vote kept). */
const POSITION_CODES: ReadonlyArray<VotePosition | undefined> = ['aye', 'no', 'both', 'absent'];

const COMMA = 44;
const ZERO = 48;

/** The way of the vote at `i` in VOTE_CODES_SQL's column. */
export function positionAt(codes: string, i: number): VotePosition {
  return POSITION_CODES[(codes.charCodeAt(i) - ZERO) >> 1]!;
}

/** 1 when the vote at `i` in VOTE_CODES_SQL's column was a teller's, else 0. */
export function tellerAt(codes: string, i: number): number {
  return (codes.charCodeAt(i) - ZERO) & 1;
}

/** A column of ids: `count` numbers with commas between, an empty one where none is recorded (NO_ID). */
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
  if (k !== count) throw new Error(`Votes were read with ${k} ids for ${count} votes.`);
  return ids;
}
