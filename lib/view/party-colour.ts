const FALLBACK_COLOUR = '#6f777b';

/**
 * A party's colour as "#rrggbb" from the stored hex (which has no '#'), or a neutral grey when there is none or it is
 * not a colour: what the badges, the chart, the share cards and the embeds all draw with, never the stored text.
 */
export function partyColour(colour: string | null | undefined): string {
  return colour && /^[0-9a-f]{6}$/i.test(colour) ? `#${colour}` : FALLBACK_COLOUR;
}
