import { z } from 'zod';
import { POST_END_REASONS, POST_KINDS, POST_SIDES } from '@/db/schema/enums';
import { EVEN_WITH_OTHER_ERRORS, optionalText, requiredText, sourcesSchema, versionSchema } from './common';
import { optionalDateField } from './dates';

/** A frontbench, whip, spokesperson, PPS or leadership post, as an editor enters it. */
export const postFormSchema = z
  .object({
    person: requiredText(300, 'Choose the person who held the post'),
    title: requiredText(200, 'Enter the title of the post'),
    kind: z.enum(POST_KINDS, 'Choose the kind of post: minister, shadow minister, whip, spokesperson, PPS or party leader'),
    side: z.enum(POST_SIDES, 'Choose the side: government or opposition'),
    department: optionalText(200, 'The department'),
    startDate: optionalDateField('The start date'),
    endDate: optionalDateField('The end date'),
    endReason: z.enum(POST_END_REASONS, 'How it ended must be one of the choices in the list').optional().transform((v) => v ?? null),
    endReasonNote: optionalText(2000, 'The note', { multiline: true }),
    endedOverDivision: optionalText(300, 'The division it ended over'),
    note: optionalText(4000, 'The public note', { multiline: true }),
    editorNote: optionalText(4000, 'The editors’ note', { multiline: true }),
    sources: sourcesSchema,
    version: versionSchema,
    reason: optionalText(500, 'The reason'),
  })
  .superRefine((post, ctx) => {
    if (post.startDate && post.endDate && post.endDate < post.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The post cannot end before it starts: check both dates' });
    }
    if (post.endReason && !post.endDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Enter the date the post ended: “How it ended” says it ended (choose “Still held / not ended” if it has not)',
      });
    }
    if (post.endedOverDivision && !post.endDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Enter the date the post ended: it ended over a division (or empty “Ended over a division”)',
      });
    }
  }, EVEN_WITH_OTHER_ERRORS);
export type PostForm = z.infer<typeof postFormSchema>;
