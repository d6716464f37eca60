import { z } from 'zod';

// The Commons Votes API's `PublishedDivision`, as GET /data/division/{id}.json returns it. Only the
// fields the app uses are checked; unknown fields are allowed, since the API may add some.
// `ListAs` and `PartyColour` are optional in practice, so nothing depends on them.

/**
 * Whether the date (and time, if any) at the start of an ISO text is on the calendar and the clock. V8 rolls an
 * impossible date over (Date.parse('2023-02-30') is 2 March, '24:00' the next day), so the text is read and
 * written back: only a date that comes back as it went in exists. 2024-02-29 does; 2023-02-29, 2023-02-30,
 * 2023-13-01 and 19:60 do not. A zone offset, when given, must be one too (hours below 24, minutes below 60).
 */
export function isRealDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, day, hours = '00', minutes = '00', seconds = '00', zoneHours = '00', zoneMinutes = '00'] = match;
  const value = `${day}T${hours}:${minutes}:${seconds}`;
  const time = Date.parse(`${value}Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value && Number(zoneHours) < 24 && Number(zoneMinutes) < 60;
}

const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, 'expected a date-time like 2023-11-15T19:14:00')
  .refine(isRealDateTime, 'not a real date and time: no such day on the calendar, or no such time on the clock');

/**
 * A whole number JavaScript holds exactly (and so SQLite's 64-bit integers do): 1e20 or 2^53 is refused, never
 * rounded into a floating-point id. zod's int() already stops at Number.MAX_SAFE_INTEGER; the message says so.
 */
const SAFE_WHOLE_NUMBER = `expected a whole number no larger than ${Number.MAX_SAFE_INTEGER}`;
export const safeWholeNumber = () => z.number().int(SAFE_WHOLE_NUMBER).max(Number.MAX_SAFE_INTEGER, SAFE_WHOLE_NUMBER);
/** An official id (a member, a division, a party, a seat, a post): a positive safe integer. */
export const officialIdSchema = () => safeWholeNumber().positive('expected a positive whole number (an official id)');
/** The same check by hand, for the bulk import's hot path. */
export const isOfficialId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export const recordedMemberSchema = z.looseObject({
  MemberId: officialIdSchema(),
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
  DivisionId: officialIdSchema(),
  Date: isoDateTime,
  PublicationUpdated: isoDateTime.nullish(),
  Number: officialIdSchema(),
  IsDeferred: z.boolean().nullish(),
  Title: z.string().trim().min(1),
  AyeCount: safeWholeNumber().nonnegative(),
  NoCount: safeWholeNumber().nonnegative(),
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
  if (!isOfficialId(member.MemberId)) return false;
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
    DivisionId: officialIdSchema(),
    Date: isoDateTime,
    PublicationUpdated: isoDateTime.nullish(),
    Number: safeWholeNumber().nullish(),
    Title: z.string().nullish(),
  }),
);
export type DivisionSearchItem = z.infer<typeof divisionSearchPageSchema>[number];

/** Turns a zod issue path into the form people read in an API document: `Ayes[3].MemberId`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}
