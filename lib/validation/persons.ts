import { z } from 'zod';
import { POSTS_KNOWN_BASES } from '@/db/schema/enums';
import { optionalDateField } from './dates';
import { optionalName, optionalText, requiredName, versionSchema } from './common';

/** Our slugs start with a letter, so that /mps/<slug> can never be read as a member id. */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'Use 120 characters or fewer')
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens, starting with a letter, e.g. yasmin-qureshi');

/** An official id typed into a form: digits only, within SQLite's integer range that the site uses. */
export const optionalIdNumber = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().int().positive(message).max(2_147_483_647, message))
    .optional()
    .transform((v) => v ?? null);

/** A person as an editor enters them. Empty sort name and slug are filled from the name when saving. */
export const personFormSchema = z.object({
  name: requiredName(200, 'Enter the person’s name'),
  sortName: optionalName(200, 'The sort name'),
  parliamentId: optionalIdNumber('Enter the Parliament member id as a whole number, e.g. 3924, or leave it empty'),
  twfyId: optionalIdNumber('Enter the TheyWorkForYou id as a whole number, e.g. 25034, or leave it empty'),
  slug: slugSchema.optional().transform((v) => v ?? null),
  /** Whether the posts recorded are all they held: empty for not known. */
  postsKnown: z
    .enum(['', ...POSTS_KNOWN_BASES], 'Choose whether their posts are known')
    .optional()
    .transform((v) => (v ? v : null)),
  postsKnownOn: optionalDateField('Known up to'),
  version: versionSchema,
  reason: optionalText(500, 'The reason'),
});
export type PersonForm = z.infer<typeof personFormSchema>;
