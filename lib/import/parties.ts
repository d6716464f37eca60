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

/**
 * The party as the division records name it. The Members API lists Labour and Co-operative MPs under
 * "Labour (Co-op)", where the Commons Votes API records them as Labour (sub-party Co-op) and the whip is
 * Labour's: both mean the Labour party here.
 */
export function canonicalParty<T extends { name: string; abbreviation: string | null }>(party: T): T {
  if (/^labou?r\s*\(?\s*co-?op(erative)?\)?$/i.test(party.name.trim()) || /^lab\W*co-?op$/i.test(party.abbreviation ?? '')) {
    return { ...party, name: 'Labour', abbreviation: 'Lab' };
  }
  return party;
}
