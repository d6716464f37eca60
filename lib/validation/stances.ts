import { z } from 'zod';
import { CONFIDENCES, STANCE_KINDS, STANCE_POSITIONS, STANCE_TIMINGS } from '@/db/schema/enums';
import { optionalDateField } from './dates';
import { EVEN_WITH_OTHER_ERRORS, optionalName, optionalText, requiredText, versionSchema, webAddressSchema } from './common';

const optionalRecordId = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .optional()
    .transform((v) => v ?? null);

/** What a person (or, for a party line, a party) said about a topic, as an editor enters it. */
export const stanceFormSchema = z
  .object({
    person: optionalText(300, 'The person'),
    party: optionalRecordId('Choose the party from the list'),
    speaker: optionalName(300, 'The speaker'),
    topic: z
      .string('Choose the topic')
      .trim()
      .regex(/^\d{1,10}$/, 'Choose the topic')
      .transform(Number),
    position: z.enum(STANCE_POSITIONS, 'Choose the position: supports, opposes, mixed or other'),
    label: requiredText(300, 'Enter a short label saying what they said, e.g. “supports an immediate ceasefire”'),
    quote: optionalText(4000, 'The quote', { multiline: true }),
    statedOn: optionalDateField('Date said'),
    said: z.enum(STANCE_TIMINGS, 'Choose whether it was said before or after the vote, or that this is not known').default('unknown'),
    kind: z.enum(STANCE_KINDS, 'Choose the kind: statement, letter, social media post, speech or interview'),
    sourceUrl: z
      .string({ error: (issue) => (issue.input === undefined ? 'Enter the web address of the source' : 'Enter a web address') })
      .pipe(webAddressSchema),
    sourceTitle: optionalText(300, 'The title of the source'),
    sourceOutlet: optionalText(120, 'Who published the source'),
    confidence: z.enum(CONFIDENCES, 'Choose the confidence: high, medium or low'),
    note: optionalText(4000, 'The public note', { multiline: true }),
    editorNote: optionalText(4000, 'The editors’ note', { multiline: true }),
    version: versionSchema,
    reason: optionalText(500, 'The reason'),
  })
  .superRefine((s, ctx) => {
    if (!s.person && !s.party) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'Choose the person who said it, or a party for a party line' });
    }
  }, EVEN_WITH_OTHER_ERRORS);
export type StanceForm = z.infer<typeof stanceFormSchema>;
