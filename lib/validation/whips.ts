import { z } from 'zod';
import { WHIP_BASES, WHIP_INSTRUCTIONS } from '@/db/schema/enums';
import type { ClearedField } from '@/lib/forms/cleared';
import { EVEN_WITH_OTHER_ERRORS, optionalText, sourcesSchema, versionSchema } from './common';

// A party's whip for one division, as an editor enters it. Whether the party had members in the
// division needs the database: db/mutations/whip-records.ts.

export const WHIP_STRENGTHS = ['1', '2', '3'] as const;

export const whipFormSchema = z
  .object({
    party: z
      .string('Choose the party the whip is for')
      .trim()
      .regex(/^\d+$/, 'Choose the party the whip is for')
      .transform(Number),
    instruction: z.enum(WHIP_INSTRUCTIONS, {
      error: (issue) =>
        issue.input === undefined ? 'Choose the whip: vote for, vote against, abstain or free vote' : 'Whip must be one of: vote for, vote against, abstain, free vote',
    }),
    strength: z
      .enum(WHIP_STRENGTHS, 'Strength must be one of: one-line, two-line, three-line, or not known')
      .optional()
      .transform((v) => (v ? Number(v) : null)),
    basis: z.enum(WHIP_BASES, 'Choose the basis: reported (a source says so) or inferred'),
    note: optionalText(4000, 'The public note', { multiline: true }),
    editorNote: optionalText(4000, 'The editors’ note', { multiline: true }),
    sources: sourcesSchema,
    version: versionSchema,
    reason: optionalText(500, 'The reason'),
  })
  .superRefine((whip, ctx) => {
    // Only when the sources parsed: a mistyped address already has its own message.
    const sourcesFailed = ctx.issues.some((issue) => issue.path?.[0] === 'sources');
    if (whip.basis === 'reported' && !sourcesFailed && Array.isArray(whip.sources) && whip.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'A reported whip needs a source that reports it: add its web address, or choose “inferred”',
      });
    }
  }, EVEN_WITH_OTHER_ERRORS)
  // A free vote has no whip lines: a strength left chosen from before is cleared, not refused.
  .transform((whip) => {
    const cleared: ClearedField[] = whip.instruction === 'free' && whip.strength !== null ? ['strength'] : [];
    return { ...whip, strength: cleared.length > 0 ? null : whip.strength, cleared };
  });
export type WhipForm = z.infer<typeof whipFormSchema>;
