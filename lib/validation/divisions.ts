import { z } from 'zod';
import { HOUSES } from '@/db/schema/enums';
import { readUkDateTime } from './dates';
import { optionalText, requiredText, sourcesSchema, versionSchema, webAddressSchema } from './common';

// A division's own fields as an editor enters them (the votes and whips have their own schemas).

/**
 * The date and time of the division as an editor types it ("15/11/2023 19:14", "15 Nov 2023 19:14") or a
 * datetime-local field sends it ("2023-11-15T19:14"); a real date and time, kept to the second.
 */
export const divisionDateTimeSchema = z
  .string('Enter the date and time of the division, like 15/11/2023 19:14')
  .trim()
  .min(1, 'Enter the date and time of the division, like 15/11/2023 19:14')
  .transform((text, ctx) => {
    const reading = readUkDateTime(text);
    if (reading.ok) return reading.value;
    ctx.addIssue({
      code: 'custom',
      message:
        reading.reason === 'no_time'
          ? 'Enter the time of the division too, like 15/11/2023 19:14'
          : 'The date and time must be a real date and time, like 15/11/2023 19:14',
    });
    return z.NEVER;
  });

/** A whole number from `min`, typed into a text or number field. */
export const wholeNumberSchema = (min: number, message: string) =>
  z
    .string(message)
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(2_147_483_647, message));

export const divisionFormSchema = z.object({
  house: z.enum(HOUSES, 'Choose the house: the House of Commons or the House of Lords'),
  heldAt: divisionDateTimeSchema,
  number: wholeNumberSchema(1, 'Enter the division’s number in the session, a whole number from 1'),
  officialId: wholeNumberSchema(1, 'The official id is a whole number (the DivisionId in Commons Votes), or leave it empty')
    .optional()
    .transform((v) => v ?? null),
  officialTitle: requiredText(500, 'Enter the official title, as the record gives it'),
  shortTitle: optionalText(200, 'The short title'),
  motionText: optionalText(20_000, 'The motion text', { multiline: true }),
  motionTextSource: optionalText(1000, 'The source of the text'),
  movedBy: optionalText(500, 'Who moved it'),
  ayeCount: wholeNumberSchema(0, 'Enter the official count of ayes, a whole number (0 or more)'),
  noCount: wholeNumberSchema(0, 'Enter the official count of noes, a whole number (0 or more)'),
  resultText: optionalText(500, 'The result'),
  isDeferred: z
    .string()
    .optional()
    .transform((v) => v === 'yes'),
  hansardUrl: webAddressSchema.optional().transform((v) => v ?? null),
  hansardReference: optionalText(1000, 'The Hansard reference'),
  sources: sourcesSchema,
  version: versionSchema,
  reason: optionalText(500, 'The reason'),
});
export type DivisionForm = z.infer<typeof divisionFormSchema>;

/**
 * The largest division file the upload takes: a Commons Votes record of a full House is about 170 KB, so 5 MB
 * leaves room for any real record while refusing what cannot be one. Next.js refuses a server action's body over
 * its own limit before the form can say why, so next.config.js (experimental.serverActions.bodySizeLimit) sets
 * that a little above this one, and the form checks the size in the browser before sending.
 */
export const MAX_DIVISION_FILE_BYTES = 5_000_000;

/** What the editor is told, by the browser before sending and by the server after. */
export const DIVISION_FILE_TOO_LARGE = `The file is too large for one division record (at most ${MAX_DIVISION_FILE_BYTES / 1_000_000} MB)`;

/** The uploaded record file; what is inside it is checked by the importer's parser (lib/import). */
export const divisionFileSchema = z
  .file('Choose the division’s JSON file, as Commons Votes publishes it')
  .min(1, 'Choose the division’s JSON file, as Commons Votes publishes it: this one is empty')
  .max(MAX_DIVISION_FILE_BYTES, DIVISION_FILE_TOO_LARGE);

export const divisionUploadFormSchema = z.object({
  reason: optionalText(500, 'The reason'),
});
