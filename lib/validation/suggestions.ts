import { z } from 'zod';
import { POST_END_REASONS, SUGGESTION_KINDS, SUGGESTION_STATUSES, WHIP_INSTRUCTIONS } from '@/db/schema/enums';
import { safeNextPath } from '@/lib/auth/safe-next';
import { optionalText, requiredText, webAddressSchema } from './common';

// The readers' report form and the editors' answers to suggestions (/report, /admin/suggestions).

/** What a reader may write: enough for a paragraph and a quotation, not a document. */
export const MAX_REPORT_LENGTH = 2000;
export const MAX_SOURCE_LENGTH = 500;

/** The page a report is about: a path on this site, or nothing ("/" stands for the site as a whole). */
export function reportPagePath(value: string | null | undefined): string | null {
  const path = safeNextPath(value ?? '', '');
  // Only pages readers can see: never the admin area or sign-in.
  if (path === '' || /^\/(admin|login)(\/|\?|#|$)/.test(path)) return null;
  return path.slice(0, 300);
}

export const readerReportSchema = z.object({
  message: requiredText(MAX_REPORT_LENGTH, 'Say what is wrong or what the source shows', { multiline: true }),
  source: z
    .string()
    .max(MAX_SOURCE_LENGTH, `Use ${MAX_SOURCE_LENGTH} characters or fewer for the source`)
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(webAddressSchema.optional())
    .transform((v) => v ?? null),
  page: z
    .string()
    .optional()
    .transform((v) => reportPagePath(v)),
  // The honeypot: a field hidden from people, which only form-filling robots fill in.
  website: z.string().optional(),
});
export type ReaderReportForm = z.infer<typeof readerReportSchema>;

const id = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

export const suggestionFilterSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS).optional().catch(undefined),
  status: z.enum(SUGGESTION_STATUSES).optional().catch(undefined),
});

export const dismissSuggestionSchema = z.object({ id, note: optionalText(1000, 'The note') });

export const confirmDepartureSchema = z.object({
  id,
  endReason: z
    .enum(POST_END_REASONS, 'Choose how the post ended, or leave it as recorded')
    .optional()
    .transform((v) => v ?? null),
  source: webAddressSchema.optional().transform((v) => v ?? null),
  note: optionalText(1000, 'The note'),
});

export const confirmRecordWhipSchema = z.object({
  id,
  instruction: z.enum(WHIP_INSTRUCTIONS, 'Choose the whip: vote for, vote against, abstain or free vote'),
  source: z.string('Give the web address of a source that reports the whip').pipe(webAddressSchema),
  note: optionalText(1000, 'The note'),
});

export const confirmMemberReviewSchema = z.object({ id, note: optionalText(1000, 'The note') });

export const markReportDoneSchema = z.object({
  id,
  note: requiredText(1000, 'Say what you changed'),
});
