import { z } from 'zod';
import { STANCE_TIMINGS } from '@/db/schema/enums';
import { ImportError } from '@/lib/import/errors';
import { formatIssuePath } from './commons-votes';

// Row schemas for the CSV files of a seeded record (data/commons-2023-11-15). Each names its columns
// as the files do; a wrong row is reported with its file, row number and column.

const memberId = z.coerce.number().int().positive();
const optionalInt = z.string().transform((s, ctx) => {
  if (s.trim() === '') return null;
  const n = Number(s);
  if (!Number.isInteger(n)) {
    ctx.addIssue({ code: 'custom', message: `expected a whole number, got "${s}"` });
    return z.NEVER;
  }
  return n;
});
const optionalDate = z.union([z.literal('').transform(() => null), z.iso.date()]);

export const memberRowSchema = z.object({
  parliament_member_id: memberId,
  name: z.string().trim().min(1),
  party: z.string().trim().min(1),
  party_abbreviation: z.string().trim(),
  constituency: z.string().trim().min(1),
  ons_constituency_code_2010_boundaries: z.string().regex(/^[ESWN]\d{8}$/, 'expected an ONS code like E14000720'),
  parliament_constituency_id: optionalInt,
  twfy_person_id: optionalInt,
});

export const divisionRowSchema = z.object({
  commons_votes_division_id: memberId,
  short_title: z.string().trim(),
  moved_by: z.string().trim(),
  result: z.string().trim(),
  source: z.string().trim(),
  hansard_debate: z.string().trim(),
  hansard_source: z.string().trim(),
  amendment_text_excerpt: z.string().trim(),
  amendment_text_source: z.string().trim(),
});

export const whipRowSchema = z.object({
  party: z.string().trim().min(1),
  whip_instruction: z.string().trim().min(1),
  whip_strength: z.string().trim(),
  basis: z.string().trim().min(1),
  source_url: z.string().trim(),
  notes: z.string().trim(),
});

export const departureRowSchema = z.object({
  name: z.string().trim().min(1),
  parliament_member_id: memberId,
  role_title: z.string().trim().min(1),
  outcome: z.string().trim().min(1),
  date: z.iso.date(),
  source_url: z.string().trim().min(1),
  notes: z.string().trim(),
});

export const stanceRowSchema = z.object({
  name: z.string().trim().min(1),
  parliament_member_id: optionalInt,
  party: z.string().trim(),
  topic: z.string().trim(),
  position: z.string().trim().min(1),
  quote: z.string().trim(),
  date: optionalDate,
  said: z.enum(STANCE_TIMINGS, `expected ${STANCE_TIMINGS.join(', ')}`),
  source_url: z.url({ protocol: /^https?$/ }),
  notes: z.string().trim(),
});

/** A seat of a published boundary set (data/constituencies): its ONS code and name. */
export const boundaryRowSchema = z.object({
  ons_code: z.string().regex(/^[ESWN]\d{8}$/, 'expected an ONS code like E14001063'),
  name: z.string().trim().min(1),
});

/** Validates every row, naming the file, row (as a spreadsheet numbers it) and column of the first problem. */
export function parseRows<S extends z.ZodType>(schema: S, rows: Record<string, string>[], file: string): z.infer<S>[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue ? formatIssuePath(issue.path) : '';
      throw new ImportError(file, `row ${i + 2}${column ? `, column ${column}` : ''}`, issue?.message ?? 'invalid row');
    }
    return parsed.data;
  });
}
