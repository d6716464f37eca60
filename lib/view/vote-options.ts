import type { VotePosition } from '@/lib/domain/types';

/**
 * A vote position as the admin forms and filters name it: in the public pages' words (components/division/
 * members-filter-form.tsx), with the record's own word after, so that "voted against (no)" is never read beside
 * "no vote recorded" as the same thing.
 */
export const VOTE_POSITION_OPTIONS: ReadonlyArray<{ value: VotePosition; label: string }> = [
  { value: 'aye', label: 'Voted for (aye)' },
  { value: 'no', label: 'Voted against (no)' },
  { value: 'both', label: 'Both lobbies (recorded abstention)' },
  { value: 'absent', label: 'Did not vote (no vote recorded)' },
];
