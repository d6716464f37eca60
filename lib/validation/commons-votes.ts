import { z } from 'zod';

// The Commons Votes API's `PublishedDivision`, as GET /data/division/{id}.json returns it. Only the
// fields the app uses are checked; unknown fields are allowed, since the API may add some.
// `ListAs` and `PartyColour` are optional in practice, so nothing depends on them.

const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, 'expected a date-time like 2023-11-15T19:14:00')
  .refine((s) => !Number.isNaN(Date.parse(s.length === 16 ? `${s}:00` : s)), 'not a real date');

export const recordedMemberSchema = z.looseObject({
  MemberId: z.number().int().positive(),
  Name: z.string().trim().min(1),
  Party: z.string().nullish(),
  SubParty: z.string().nullish(),
  PartyColour: z.string().nullish(),
  PartyAbbreviation: z.string().nullish(),
  MemberFrom: z.string().nullish(),
  ListAs: z.string().nullish(),
  ProxyName: z.string().nullish(),
});
export type RecordedMember = z.infer<typeof recordedMemberSchema>;

export const publishedDivisionSchema = z.looseObject({
  DivisionId: z.number().int().positive(),
  Date: isoDateTime,
  PublicationUpdated: isoDateTime.nullish(),
  Number: z.number().int().positive(),
  IsDeferred: z.boolean().nullish(),
  Title: z.string().trim().min(1),
  AyeCount: z.number().int().nonnegative(),
  NoCount: z.number().int().nonnegative(),
  AyeTellers: z.array(recordedMemberSchema).nullish(),
  NoTellers: z.array(recordedMemberSchema).nullish(),
  Ayes: z.array(recordedMemberSchema),
  Noes: z.array(recordedMemberSchema),
  NoVoteRecorded: z.array(recordedMemberSchema).nullish(),
});
export type PublishedDivision = z.infer<typeof publishedDivisionSchema>;

const unchecked = z.array(z.unknown());
/** The division without its member lists checked: those go through `isRecordedMember`, much faster on 650 members. */
export const publishedDivisionHeaderSchema = publishedDivisionSchema.extend({
  AyeTellers: unchecked.nullish(),
  NoTellers: unchecked.nullish(),
  Ayes: unchecked,
  Noes: unchecked,
  NoVoteRecorded: unchecked.nullish(),
});

const OPTIONAL_MEMBER_STRINGS = ['Party', 'SubParty', 'PartyColour', 'PartyAbbreviation', 'MemberFrom', 'ListAs', 'ProxyName'] as const;

/**
 * The same check as recordedMemberSchema, written out by hand for the bulk import's hot path (zod copies
 * every member). Where it says no, recordedMemberSchema is run to say precisely why. The name is not
 * trimmed here: whoever reads it trims it.
 */
export function isRecordedMember(value: unknown): value is RecordedMember {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const member = value as Record<string, unknown>;
  const id = member.MemberId;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return false;
  if (typeof member.Name !== 'string' || member.Name.trim().length === 0) return false;
  for (const key of OPTIONAL_MEMBER_STRINGS) {
    const field = member[key];
    if (field !== undefined && field !== null && typeof field !== 'string') return false;
  }
  return true;
}

/**
 * One page of GET /data/divisions.json/search: divisions without their member lists (those come back
 * empty there). The importer needs only the id and PublicationUpdated, to fetch what is new or changed.
 */
export const divisionSearchPageSchema = z.array(
  z.looseObject({
    DivisionId: z.number().int().positive(),
    Date: isoDateTime,
    PublicationUpdated: isoDateTime.nullish(),
    Number: z.number().int().nullish(),
    Title: z.string().nullish(),
  }),
);
export type DivisionSearchItem = z.infer<typeof divisionSearchPageSchema>[number];

/** Turns a zod issue path into the form people read in an API document: `Ayes[3].MemberId`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}
