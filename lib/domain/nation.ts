/** The four nations of the UK, as a constituency's ONS code gives them. */
export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

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
