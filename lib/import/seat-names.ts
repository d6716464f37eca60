import type { Nation } from '@/db/schema/enums';
import { memoByString } from '@/lib/memo-strings';

// Pure: how the official records' constituency names are matched, and what a party tells of a seat's nation.

/**
 * A constituency name reduced for matching: lower case, accents dropped ("Glyndŵr" = "Glyndwr"), "&" read as
 * "and", punctuation and spacing ignored ("Brighton, Pavilion" = "Brighton Pavilion", "Weston-Super-Mare" =
 * "weston super mare"). Two seats match when these are equal and their periods cover the day.
 */
// An import asks for the same 650 names division after division: each is worked out once.
export const seatNameKey = memoByString(computeSeatNameKey);

function computeSeatNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Parties that stand in one nation only: a seat the records name for one of their members, and that no
 * boundary set we hold names, is in that nation. For any other party the nation stays unknown.
 */
const NATION_OF_PARTY: Record<string, Nation> = {
  SNP: 'scotland',
  Alba: 'scotland',
  PC: 'wales',
  DUP: 'northern-ireland',
  SF: 'northern-ireland',
  SDLP: 'northern-ireland',
  APNI: 'northern-ireland',
  Alliance: 'northern-ireland',
  UUP: 'northern-ireland',
  TUV: 'northern-ireland',
};

export function nationOfParty(abbreviation: string | null | undefined): Nation | null {
  return abbreviation ? (NATION_OF_PARTY[abbreviation] ?? null) : null;
}
