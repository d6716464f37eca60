import { z } from 'zod';
import {
  CONFIDENCES,
  MEMBERSHIP_DATE_BASES,
  POST_END_REASONS,
  POST_KINDS,
  POST_SIDES,
  POSTS_KNOWN_BASES,
  STANCE_POSITIONS,
  STANCE_TIMINGS,
  VOTE_POSITIONS,
  WHIP_BASES,
  WHIP_INSTRUCTIONS,
} from '@/db/schema/enums';
import { isoDateSchema } from './common';

// The read-only JSON API (/api/v1): its query parameters and the shapes of its answers. The query schemas
// validate requests (400 with a message for a bad value); the response schemas document the answers in
// the OpenAPI document (lib/openapi), generated with z.toJSONSchema, so the two cannot drift apart.

export const API_MAX_PER_PAGE = 200;
export const API_DEFAULT_PER_PAGE = 50;

const positiveInt = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be 1 or more`).max(max, `${name} must be ${max} or less`));

export const pagingQueryFields = {
  page: positiveInt('page', 1_000_000).optional().default(1).describe('Page number, from 1.'),
  per_page: positiveInt('per_page', API_MAX_PER_PAGE)
    .optional()
    .default(API_DEFAULT_PER_PAGE)
    .describe(`Items per page, 1 to ${API_MAX_PER_PAGE} (default ${API_DEFAULT_PER_PAGE}).`),
};

export const pagingQuerySchema = z.strictObject(pagingQueryFields);

/** An official id in a path: a division's Commons Votes id (1666) or a member's Parliament id (3924). */
export const officialIdSchema = positiveInt('The id', 2_147_483_647);

export const divisionsQuerySchema = z.strictObject({
  ...pagingQueryFields,
  from: isoDateSchema.optional().describe('Only divisions on or after this date (YYYY-MM-DD).'),
  to: isoDateSchema.optional().describe('Only divisions on or before this date (YYYY-MM-DD).'),
});

export const VERDICTS = ['rebelled', 'followed', 'recorded_abstention', 'did_not_vote', 'free_vote', 'no_whip'] as const;

export const divisionVotesQuerySchema = z.strictObject({
  ...pagingQueryFields,
  position: z.enum(VOTE_POSITIONS, 'position must be aye, no, both or absent').optional().describe('Only votes in this position.'),
  party: z
    .string()
    .max(30)
    .regex(/^[\p{L}\p{N} .&'-]+$/u, 'party is a party abbreviation, e.g. Lab')
    .optional()
    .describe('Only members of this party on the day, by abbreviation (Lab, Con, SNP…).'),
  verdict: z
    .enum(VERDICTS, `verdict must be one of ${VERDICTS.join(', ')}`)
    .optional()
    .describe('Only votes with this verdict against the whip.'),
});

export const mpsQuerySchema = z.strictObject({
  ...pagingQueryFields,
  q: z.string().trim().min(1).max(100, 'q must be 100 characters or fewer').optional().describe('Name or constituency; partial words and small typos are allowed.'),
  party: z
    .string()
    .max(30)
    .regex(/^[\p{L}\p{N} .&'-]+$/u, 'party is a party abbreviation, e.g. Lab')
    .optional()
    .describe('Only MPs whose latest party has this abbreviation.'),
});

export type QueryIssue = { path: string; message: string };

/** URLSearchParams as a record: one value as a string, a repeated parameter as an array. */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    record[key] = all.length === 1 ? all[0]! : all;
  }
  return record;
}

/** Parses a query string with a schema: the data, or one issue per bad or unknown parameter. */
export function parseApiQuery<T extends z.ZodType>(
  schema: T,
  params: URLSearchParams,
): { success: true; data: z.output<T> } | { success: false; issues: QueryIssue[] } {
  const record = searchParamsToRecord(params);
  const repeated = Object.entries(record).filter(([, v]) => Array.isArray(v));
  if (repeated.length > 0) {
    return { success: false, issues: repeated.map(([key]) => ({ path: key, message: `${key} may be given only once` })) };
  }
  const result = schema.safeParse(record);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? { path: issue.keys.join(', '), message: `Unknown parameter: ${issue.keys.join(', ')}` }
        : { path: issue.path.join('.'), message: issue.message },
    ),
  };
}

// ——— Response shapes (documentation for the OpenAPI document; the handlers build these objects) ———

const isoDate = z.string().describe('ISO 8601 date, YYYY-MM-DD');
const isoDateTime = z.string().describe('ISO 8601 date and time as published, UK local time (YYYY-MM-DDTHH:MM:SS)');

export const sourceSchema = z.object({
  url: z.string(),
  title: z.string().optional().describe('The title, where entered or imported'),
  outlet: z.string().optional().describe('Who published it, where entered or imported'),
  note: z.string().nullable().optional(),
});

export const partyRefSchema = z
  .object({
    name: z.string(),
    abbreviation: z.string(),
    kind: z.enum(['party', 'independent', 'chair']).describe('chair: the Speaker or a Deputy Speaker, who do not vote (not a party)'),
  })
  .nullable();

export const whipUsedSchema = z
  .object({
    instruction: z.enum(WHIP_INSTRUCTIONS),
    strength: z.number().int().min(1).max(3).nullable().describe('1, 2 or 3 for a one-, two- or three-line whip'),
    basis: z.enum(WHIP_BASES).describe('reported: a source states it; inferred: deduced'),
    origin: z.enum(['recorded', 'computed']).describe('recorded: entered by an editor; computed: inferred by rule 4 from how the party voted'),
    inferred_from: z
      .object({
        on_side: z.number().int().describe("The party's members who voted the whip's way (tellers included)"),
        voted: z.number().int().describe('Its members who voted (aye, no or both lobbies)'),
        seated: z.number().int().describe('Its members seated that day'),
      })
      .nullable()
      .describe(
        'For an inferred whip to vote aye or no, how the party voted. Rule 4 infers one only when at least half of the ' +
          'members seated voted and at least two thirds of those took one side.',
      ),
  })
  .nullable()
  .describe('The whip the vote is measured against, or null: no whip known (independents, the Chair, too few voted, a split)');

export const statementSchema = z.object({
  id: z.number().int(),
  speaker: z.string().optional().describe('Who the words are attributed to, for a party line'),
  position: z.enum(STANCE_POSITIONS),
  label: z.string(),
  quote: z.string().nullable(),
  stated_on: isoDate.nullable(),
  said: z.enum(STANCE_TIMINGS).describe('Before or after the vote on the day it was said, as an editor read the source'),
  kind: z.string(),
  source: z.object({ url: z.string(), title: z.string().nullable(), outlet: z.string() }),
  confidence: z.enum(CONFIDENCES),
  note: z.string().nullable(),
});

export const pagingSchema = z.object({
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int().describe('Items across all pages'),
  total_pages: z.number().int(),
  next: z.string().nullable().describe('URL of the next page, or null on the last'),
  prev: z.string().nullable().describe('URL of the previous page, or null on the first'),
});

export const divisionSummarySchema = z.object({
  id: z.number().int().describe('Commons Votes DivisionId'),
  date: isoDate,
  held_at: isoDateTime,
  number: z.number().int().describe('Number of the division in its parliamentary session (Commons Votes `Number`)'),
  title: z.string(),
  short_title: z.string().nullable(),
  ayes: z.number().int().describe('Official count, tellers excluded'),
  noes: z.number().int().describe('Official count, tellers excluded'),
  result: z.string().nullable(),
  url: z.string(),
});

export const divisionDetailSchema = divisionSummarySchema.extend({
  motion_text: z.string().nullable(),
  moved_by: z.string().nullable(),
  is_deferred: z.boolean(),
  hansard_url: z.string().nullable(),
  names_recorded: z.object({ ayes: z.number().int(), noes: z.number().int(), differs_from_official: z.boolean() }),
  lobbies: z
    .record(
      z.enum(['aye', 'no']),
      z.object({
        official: z.number().int().describe('The official count, tellers excluded'),
        names_recorded: z.number().int(),
        tellers: z.number().int().describe('Counted with their party in `parties`, not in the official count'),
        both: z.number().int().describe('Members listed in both lobbies: in both official counts, `both` in `parties`'),
        party_total: z.number().int().describe('The lobby in `parties`: names_recorded + tellers − both'),
      }),
    )
    .describe('How each official count meets the party figures'),
  topics: z.array(z.object({ title: z.string(), supporting_lobby: z.enum(['aye', 'no']) })),
  parties: z.array(
    z.object({
      party: partyRefSchema,
      ayes: z.number().int(),
      noes: z.number().int(),
      both: z.number().int(),
      absent: z.number().int(),
      seated: z.number().int().describe('Members seated that day: those the record lists, or more by membership'),
      whip: whipUsedSchema,
      no_whip_reason: z.string().nullable().describe('Why no whip is known, when none is'),
      rebels: z.number().int(),
    }),
  ),
  in_the_chair: z.array(z.object({ member_id: z.number().int().nullable(), name: z.string(), role: z.string().nullable() })),
  rebels_total: z.number().int(),
  party_lines: z.array(statementSchema.extend({ party: partyRefSchema, topic: z.string() })).describe('What parties said on the topics'),
  departures: z.array(
    z.object({
      member_id: z.number().int().nullable(),
      name: z.string(),
      post: z.string(),
      end_reason: z.enum(POST_END_REASONS).nullable(),
      ended_on: isoDate.nullable(),
    }),
  ),
  sources: z.array(sourceSchema),
  links: z.object({ votes: z.string(), html: z.string() }),
});

export const voteSchema = z.object({
  member_id: z.number().int().nullable().describe('Parliament member id'),
  name: z.string(),
  party: partyRefSchema.describe('Party on the day of the division'),
  constituency: z.string().nullable(),
  position: z.enum(VOTE_POSITIONS),
  in_chair: z.boolean().describe('The Speaker or a Deputy Speaker: does not vote (never an abstention)'),
  is_teller: z.boolean(),
  proxy_name: z.string().nullable(),
  whip: whipUsedSchema,
  verdict: z.enum(VERDICTS).describe('The vote against the whip; no_whip when there is none to measure against'),
  on_the_day: z
    .enum(['frontbench', 'pps', 'backbench', 'not_recorded', 'chair'])
    .describe('Posts on the day; backbench only when their posts are known, not_recorded otherwise'),
});

export const mpSummarySchema = z.object({
  id: z.number().int().nullable().describe('Parliament member id'),
  name: z.string(),
  party: partyRefSchema.describe('Party of the latest membership'),
  constituency: z.string().nullable(),
  membership: z
    .object({ start: isoDate, end: isoDate.nullable(), dates_basis: z.enum(MEMBERSHIP_DATE_BASES) })
    .describe('The latest membership. dates_basis record: known only from the division records, seen from start to end'),
  url: z.string(),
});

export const mpDetailSchema = mpSummarySchema.extend({
  membership: mpSummarySchema.shape.membership.nullable(),
  twfy_id: z.number().int().nullable(),
  other_names: z.array(z.object({ name: z.string(), first_seen: isoDate.nullable(), last_seen: isoDate.nullable() })),
  rates: z.lazy(() => ratesSchema),
  summary: z.string().describe('A plain-English sentence on the most notable recorded vote'),
  memberships: z.array(
    z.object({
      party: partyRefSchema,
      constituency: z.string().nullable(),
      start: isoDate,
      end: isoDate.nullable(),
      end_reason: z.string().nullable(),
      dates_basis: z.enum(MEMBERSHIP_DATE_BASES),
    }),
  ),
  posts_known: z
    .object({ basis: z.enum(POSTS_KNOWN_BASES), as_of: isoDate.nullable() })
    .nullable()
    .describe('Whether the posts listed are all they held (official: imported from the Members API); null: not known'),
  posts: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(POST_KINDS),
      side: z.enum(POST_SIDES),
      department: z.string().nullable(),
      start: isoDate.nullable(),
      end: isoDate.nullable(),
      end_reason: z.enum(POST_END_REASONS).nullable(),
      ended_over_division: z.number().int().nullable(),
      note: z.string().nullable(),
      sources: z.array(sourceSchema),
    }),
  ),
  votes: z.array(
    z.object({
      division_id: z.number().int().nullable(),
      date: isoDate,
      title: z.string(),
      position: z.enum(VOTE_POSITIONS),
      is_teller: z.boolean(),
      party: partyRefSchema.describe('Party on the day'),
      constituency: z.string().nullable().describe('Seat on the day, as the record gives it'),
      whip: whipUsedSchema,
      verdict: z.enum(VERDICTS),
    }),
  ),
  rebellions: z.number().int(),
  said_vs_did: z
    .array(
      z.object({
        division_id: z.number().int().nullable(),
        date: isoDate,
        topic: z.string(),
        supporting_lobby: z.enum(['aye', 'no']),
        position: z.enum(VOTE_POSITIONS),
        verdict: z.enum(['kept', 'broke', 'did_not_vote']).nullable().describe('Judged only on words said before the vote'),
        basis: z.enum(['said_before', 'nothing_before', 'conflicting']),
        said_before: z.array(statementSchema),
        said_after: z.array(statementSchema).describe('Explaining the vote: never a promise kept or broken'),
        timing_not_known: z.array(statementSchema),
        party_lines: z.array(statementSchema.extend({ party: partyRefSchema })),
      }),
    )
    .describe('One verdict per division and topic, with every quote under it'),
  other_statements: z.array(statementSchema.extend({ topic: z.string() })),
});

export const errorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), paging: pagingSchema });

// ——— Topics, parties, statements and rates ———

export const ratesSchema = z
  .object({
    divisions_held: z.number().int().describe('Divisions held while they sat (their official records list them, voting or not)'),
    votes_cast: z.number().int().describe('Of those, the divisions they voted in (aye, no or both lobbies)'),
    attendance: z.number().nullable().describe('votes_cast / divisions_held, or null when none was held'),
    whipped_votes: z.number().int().describe('Votes with a whip to measure them against (recorded or inferred)'),
    rebellions: z.number().int(),
    rebellion_rate: z.number().nullable().describe('rebellions / whipped_votes, or null when there was none'),
    party_median: z
      .object({ attendance: z.number().nullable(), rebellion_rate: z.number().nullable(), members: z.number().int() })
      .nullable()
      .describe('The medians of the MPs of their latest party'),
  })
  .describe('Attendance and rebellion rate, with their counts');

const topicVoteCountSchema = z.object({
  support: z.number().int().describe('Votes in the lobby that supports the topic'),
  against: z.number().int(),
  both: z.number().int().describe('Divisions in which they were in both lobbies (counted neither way)'),
  summary: z.string().describe('In plain English, by the wording rules (README, "Topics")'),
});

export const topicSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  divisions: z.number().int(),
  url: z.string(),
});

export const topicDetailSchema = topicSummarySchema.extend({
  divisions: z.array(
    z.object({ id: z.number().int().nullable(), date: isoDate, title: z.string(), supporting_lobby: z.enum(['aye', 'no']), ayes: z.number().int(), noes: z.number().int() }),
  ),
  party_votes: z.array(topicVoteCountSchema.extend({ party: partyRefSchema, members: z.number().int() })),
  party_lines: z.array(statementSchema.extend({ party: partyRefSchema })),
  mps: z.array(topicVoteCountSchema.extend({ id: z.number().int().nullable(), name: z.string(), party: partyRefSchema })),
});

export const partySummarySchema = z.object({
  abbreviation: z.string(),
  name: z.string(),
  kind: z.enum(['party', 'independent', 'chair']),
  colour: z.string().nullable(),
  members_now: z.number().int().describe('MPs whose latest recorded party this is'),
  url: z.string(),
});

export const partyDetailSchema = partySummarySchema.extend({
  whips_recorded: z.array(z.object({ instruction: z.enum(WHIP_INSTRUCTIONS), divisions: z.number().int() })),
  rebellions: z.object({ votes: z.number().int(), divisions: z.number().int() }),
  top_rebels: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), rebellions: z.number().int() })),
  departures: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), division_id: z.number().int().nullable(), date: isoDate.nullable() })),
  median_cohesion: z.number().nullable().describe('Median over every division of the share of its MPs voting in one lobby who were in its larger lobby'),
  cohesion: z.array(
    z.object({
      division_id: z.number().int(),
      date: isoDate,
      title: z.string(),
      ayes: z.number().int(),
      noes: z.number().int(),
      cohesion: z.number().nullable(),
      whip: z.enum(WHIP_INSTRUCTIONS).nullable(),
      rebels: z.number().int(),
    }),
  ),
});

export const statementsQuerySchema = z.strictObject({
  ...pagingQueryFields,
  topic: z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A topic is given by its slug').optional().describe('Only statements on this topic'),
  mp: z.string().regex(/^\d{1,7}$/, 'An MP is given by their member id, e.g. 3924').transform(Number).optional().describe('Only what this MP said'),
  party: z.string().max(20).optional().describe('Only this party’s lines (by abbreviation)'),
});

export const statementListItemSchema = statementSchema.extend({
  topic: z.object({ slug: z.string(), title: z.string() }),
  mp: z.object({ id: z.number().int().nullable(), name: z.string() }).nullable().describe('Who said it, for an MP’s statement'),
  party: partyRefSchema.describe('Whose line it is, for a party line'),
});
