import { z } from 'zod';
import { HOUSES, type MembershipDateBasis } from '@/db/schema/enums';

const EDITOR_DATE_BASES = ['official', 'editor'] as const satisfies readonly MembershipDateBasis[];
import type { ClearedField } from '@/lib/forms/cleared';
import { EVEN_WITH_OTHER_ERRORS, optionalText, requiredText, sourcesSchema, versionSchema } from './common';
import { optionalDateField, requiredDateField } from './dates';

const recordId = (message: string) => z.string(message).trim().regex(/^\d{1,10}$/, message).transform(Number);

/** A period for a party (and, in the Commons, a seat), as an editor enters it. */
export const membershipFormSchema = z
  .object({
    person: requiredText(300, 'Choose the person'),
    house: z.enum(HOUSES, 'Choose the Commons or the Lords'),
    party: recordId('Choose the party (Independent if they sit without a party whip)'),
    constituency: recordId('Choose the constituency from the list').optional().transform((v) => v ?? null),
    startDate: requiredDateField('The start date', 'Enter the date the period started, like 15/11/2023'),
    endDate: optionalDateField('The end date'),
    endReason: optionalText(200, 'How it ended'),
    // `record` is only ever the importer's (recomputed from the votes), so an editor chooses official or editor.
    datesBasis: z.enum(EDITOR_DATE_BASES, 'Choose where the dates come from: official or editor'),
    sources: sourcesSchema,
    version: versionSchema,
    reason: optionalText(500, 'The reason'),
  })
  .superRefine((m, ctx) => {
    if (m.startDate && m.endDate && m.endDate < m.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The period cannot end before it starts: check both dates' });
    }
    if (m.endReason && !m.endDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the date the period ended: “How it ended” says it ended (or empty that field)' });
    }
  }, EVEN_WITH_OTHER_ERRORS)
  // Members of the Lords have no constituency: a seat left chosen from before is cleared, not refused.
  .transform((m) => {
    const cleared: ClearedField[] = m.house === 'lords' && m.constituency !== null ? ['constituency'] : [];
    return { ...m, constituency: cleared.length > 0 ? null : m.constituency, cleared };
  });
export type MembershipForm = z.infer<typeof membershipFormSchema>;
