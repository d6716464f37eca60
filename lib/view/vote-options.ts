import type { VotePosition } from '@/lib/domain/types';

/** A vote position as the admin forms and filters name it, with the record's own word first. */
export const VOTE_POSITION_OPTIONS: ReadonlyArray<{ value: VotePosition; label: string }> = [
  { value: 'aye', label: 'Aye (voted for)' },
  { value: 'no', label: 'No (voted against)' },
  { value: 'both', label: 'Both lobbies (a recorded abstention)' },
  { value: 'absent', label: 'No vote recorded' },
];
