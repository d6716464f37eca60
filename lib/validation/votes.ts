import { z } from 'zod';
import { VOTE_POSITIONS } from '@/db/schema/enums';
import { EVEN_WITH_OTHER_ERRORS, optionalText, requiredText, versionSchema } from './common';

// Votes as an editor enters them: a pasted CSV (one row a member) or a single correction. Whether a
// member id is known, and whether they sat on the day, needs the database: db/mutations/vote-corrections.ts.

export const VOTE_CSV_COLUMNS = ['member_id', 'vote', 'teller', 'proxy'] as const;
export const VOTE_CSV_REQUIRED_COLUMNS = ['member_id', 'vote'] as const;

const positionMessage = `The vote must be one of ${VOTE_POSITIONS.join(', ')}`;

/** "aye", "No ", "BOTH" → the vote position. */
export const votePositionSchema = z
  .string(positionMessage)
  .trim()
  .toLowerCase()
  .pipe(z.enum(VOTE_POSITIONS, positionMessage));

/** Yes/no in a CSV cell: empty means no. */
const flagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v, ctx) => {
    if (['', 'no', 'n', 'false', '0'].includes(v)) return false;
    if (['yes', 'y', 'true', '1'].includes(v)) return true;
    ctx.addIssue({ code: 'custom', message: `The teller column must be yes or no (or empty), not "${v}"` });
    return z.NEVER;
  });

/** One row of a pasted votes CSV, keyed by its header. */
export const voteCsvRowSchema = z
  .object({
    member_id: z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, 'The member id must be a whole number (the Parliament member id)')
      .transform(Number),
    vote: votePositionSchema,
    teller: flagSchema.optional().transform((v) => v ?? false),
    proxy: z
      .string()
      .trim()
      .max(200, 'The proxy name must be 200 characters or fewer')
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .refine((row) => !row.teller || row.vote !== 'absent', {
    message: 'A teller told for a lobby, so their vote cannot be absent',
    path: ['teller'],
  });
export type VoteCsvRow = z.infer<typeof voteCsvRowSchema>;

export const voteCsvFormSchema = z.object({
  csv: requiredText(200_000, 'Paste the votes as CSV, with the header member_id,vote', { multiline: true }),
  reason: optionalText(500, 'The reason'),
});

/** A correction to one member's vote. */
export const voteCorrectionFormSchema = z
  .object({
    member: requiredText(300, 'Choose the member whose vote to correct'),
    position: z.enum(VOTE_POSITIONS, 'Choose how the member voted'),
    isTeller: z
      .string()
      .optional()
      .transform((v) => v === 'yes'),
    proxyName: optionalText(200, 'The proxy name'),
    reason: optionalText(500, 'The reason'),
    version: versionSchema,
  })
  .superRefine((vote, ctx) => {
    if (vote.isTeller && vote.position === 'absent') {
      ctx.addIssue({ code: 'custom', path: ['isTeller'], message: 'A teller told for a lobby: choose aye, no or both, or untick “Teller”' });
    }
  }, EVEN_WITH_OTHER_ERRORS);
export type VoteCorrectionForm = z.infer<typeof voteCorrectionFormSchema>;

/**
 * A vote's version for the correction form: votes have no timestamp of their own, so the values the
 * editor saw stand in for one. A save is refused when the vote no longer has them.
 */
export function voteVersion(vote: { position: string; isTeller: boolean; proxyName: string | null } | null): string {
  return vote ? `${vote.position}|${vote.isTeller ? 'teller' : ''}|${vote.proxyName ?? ''}` : 'none';
}
