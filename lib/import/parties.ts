import type { PartyKind } from '@/db/schema/enums';

/** Party kinds by the names and abbreviations the official record uses. */
export function partyKindFor(name: string | null | undefined, abbreviation: string | null | undefined): PartyKind {
  const n = (name ?? '').toLowerCase();
  if (abbreviation === 'Spk' || n === 'speaker' || n === 'deputy speaker') return 'speaker';
  if (abbreviation === 'Ind' || n === 'independent') return 'independent';
  return 'party';
}

/**
 * An abbreviation for a party the record gives none for. Deputy Speakers come with a null
 * abbreviation; anything else gets its initials.
 */
export function abbreviationFor(name: string): string {
  if (name.toLowerCase() === 'deputy speaker') return 'DSpk';
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !['and', 'of', 'the'].includes(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase())
    .join('');
}
