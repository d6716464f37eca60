import { z } from 'zod';
import { CONFIDENCES, LOBBIES, POST_END_REASONS, POST_KINDS, STANCE_KINDS, STANCE_POSITIONS } from '@/db/schema/enums';

const isoDate = z.iso.date();

/** The editorial file that goes with a seeded record (data/editorial/*.json). */
export const editorialSchema = z.object({
  recordDir: z.string().min(1),
  division: z.object({ officialId: z.number().int().positive(), sittingStarted: isoDate }),
  constituencyPeriod: z.object({ validFrom: isoDate, validTo: isoDate.nullable() }),
  /** Sort names where the surname is more than one word ("Long Bailey, Rebecca"); keyed by member id. */
  sortNames: z.record(z.string().regex(/^\d+$/), z.string().min(1)).default({}),
  partyColours: z.record(z.string(), z.string().regex(/^[0-9a-f]{6}$/i)),
  topic: z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    divisions: z.array(z.object({ officialId: z.number().int().positive(), supportingLobby: z.enum(LOBBIES) })).min(1),
  }),
  posts: z.array(
    z.object({
      memberId: z.number().int().positive(),
      title: z.string().min(1),
      kind: z.enum(POST_KINDS),
      department: z.string().nullable(),
      endReason: z.enum(POST_END_REASONS),
      endReasonNote: z.string().optional(),
      endedOverDivision: z.boolean(),
      /** What the public pages say about the post; the record's own notes are kept as editors' notes. */
      note: z.string().optional(),
    }),
  ),
  stances: z.array(
    z.object({
      row: z.number().int().positive(),
      speaker: z.string().min(1),
      party: z.string().optional(),
      position: z.enum(STANCE_POSITIONS),
      kind: z.enum(STANCE_KINDS),
      confidence: z.enum(CONFIDENCES),
      note: z.string().optional(),
    }),
  ),
  /** The public note on each party's whip, by the party's name in whips.csv. */
  whipNotes: z.record(z.string(), z.string().min(1)).default({}),
  /** Public wording for the division's editors' fields, where the record's text is a research note. */
  divisionText: z.object({ movedBy: z.string().min(1).optional(), hansardReference: z.string().min(1).optional() }).default({}),
  /** Titles and outlets of sources, by URL, where they are known. */
  sources: z.record(z.url(), z.object({ title: z.string().min(1).optional(), outlet: z.string().min(1).optional() })).default({}),
});
export type Editorial = z.infer<typeof editorialSchema>;
