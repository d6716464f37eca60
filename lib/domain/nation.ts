import { NATIONS, type Nation } from '@/db/schema/enums';

export { NATIONS, type Nation };

export const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
};

const BY_LETTER: Record<string, Nation> = { E: 'england', S: 'scotland', W: 'wales', N: 'northern-ireland' };

/** ONS constituency codes start with the nation's letter (E14…, S14…, W07…, N05…); null when unknown. */
export function nationOfOnsCode(onsCode: string | null | undefined): Nation | null {
  if (!onsCode) return null;
  return BY_LETTER[onsCode.trim().charAt(0).toUpperCase()] ?? null;
}
