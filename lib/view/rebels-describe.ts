import { NATION_NAMES } from '@/lib/domain/nation';
import type { RebelsQuery } from '@/lib/validation/rebels';

// The explorer's filters in words, for the count line and the table's caption: "Labour, division 1666,
// frontbench on the day".

const ROLE_WORDS = { frontbench: 'frontbench on the day', pps: 'PPS on the day', payroll: 'frontbench or PPS on the day', backbench: 'backbench on the day' } as const;
const STANCE_WORDS = { supports: 'said they support', opposes: 'said they oppose', none: 'no stance on record' } as const;

export function describeRebelFilters(query: RebelsQuery, partyName: string | undefined): string {
  const divisions = [...query.division].sort((a, b) => a - b);
  return [
    partyName,
    divisions.length === 1 ? `division ${divisions[0]}` : divisions.length > 1 ? `divisions ${divisions.join(', ')}` : undefined,
    query.basis ? `${query.basis} whip` : undefined,
    query.vote ? (query.vote === 'aye' ? 'voted for' : 'voted against') : undefined,
    query.role ? ROLE_WORDS[query.role] : undefined,
    query.left ? (query.left === 'yes' ? 'left a post over it' : 'kept their posts') : undefined,
    query.stance ? STANCE_WORDS[query.stance] : undefined,
    query.nation ? NATION_NAMES[query.nation] : undefined,
    query.q ? `matching “${query.q}”` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
