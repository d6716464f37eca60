// UK postcodes: the outward code (area, district) and the inward code (sector, unit), e.g. "BL3 5AB",
// "SW1A 0AA", "EC1A 1BB". The check is on the format only; whether the postcode exists is the service's call.

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

function squash(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The postcode in its usual form ("BL3 5AB"), or null when the text is not a well-formed UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = squash(input);
  if (compact === 'GIR0AA') return 'GIR 0AA';
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/**
 * Whether a search box entry was meant as a postcode: short, letters and digits only, starting with a
 * letter and holding a digit ("BL3 5AB", "bl35ab", or the incomplete "BL3 5A"). Names and constituencies
 * never hold digits, so this does not take them.
 */
export function looksLikePostcode(input: string): boolean {
  const trimmed = input.trim();
  if (!/^[A-Za-z0-9 ]+$/.test(trimmed)) return false;
  const compact = squash(trimmed);
  return compact.length >= 2 && compact.length <= 8 && /^[A-Z]/.test(compact) && /[0-9]/.test(compact);
}
