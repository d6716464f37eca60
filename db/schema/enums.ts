// The closed vocabularies of DOMAIN.md. Kept in one place so the schema, the zod schemas and the pages agree.

export const HOUSES = ['commons', 'lords'] as const;
export type House = (typeof HOUSES)[number];

/** How a party is treated by the whip rules: independents and the Chair get no whip and no guess. */
export const PARTY_KINDS = ['party', 'independent', 'speaker'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const VOTE_POSITIONS = ['aye', 'no', 'both', 'absent'] as const;
export type VotePosition = (typeof VOTE_POSITIONS)[number];

export const WHIP_INSTRUCTIONS = ['aye', 'no', 'abstain', 'free'] as const;
export type WhipInstruction = (typeof WHIP_INSTRUCTIONS)[number];

export const WHIP_BASES = ['reported', 'inferred'] as const;
export type WhipBasis = (typeof WHIP_BASES)[number];

export const LOBBIES = ['aye', 'no'] as const;
export type Lobby = (typeof LOBBIES)[number];

export const POST_KINDS = ['minister', 'shadow_minister', 'whip', 'spokesperson', 'pps', 'party_leader'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_SIDES = ['government', 'opposition'] as const;
export type PostSide = (typeof POST_SIDES)[number];

export const POST_END_REASONS = ['resigned', 'sacked', 'reshuffle', 'election', 'unknown'] as const;
export type PostEndReason = (typeof POST_END_REASONS)[number];

export const STANCE_POSITIONS = ['supports', 'opposes', 'mixed', 'other'] as const;
export type StancePosition = (typeof STANCE_POSITIONS)[number];

export const STANCE_KINDS = ['statement', 'letter', 'social_post', 'speech', 'interview'] as const;
export type StanceKind = (typeof STANCE_KINDS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Where a membership's dates come from: an official history, an editor, or the division records alone
 * (`record`: the member was seen in the records from its start to its end, not known to start or end then).
 */
export const MEMBERSHIP_DATE_BASES = ['official', 'editor', 'record'] as const;
export type MembershipDateBasis = (typeof MEMBERSHIP_DATE_BASES)[number];

/** When words were said relative to the vote they bear on: only words said before can be kept or broken. */
export const STANCE_TIMINGS = ['before', 'after', 'unknown'] as const;
export type StanceTiming = (typeof STANCE_TIMINGS)[number];

/**
 * Whether a person's posts are known to be complete, so that holding none means "backbench": `official` when
 * their posts were imported from the Members API, `editor` when an editor says the posts recorded are all.
 */
export const POSTS_KNOWN_BASES = ['official', 'editor'] as const;
export type PostsKnownBasis = (typeof POSTS_KNOWN_BASES)[number];

/** The four nations of the UK. */
export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * Where a constituency comes from: a published boundary set (`official`: ONS, the Members API), or only the
 * division records naming it (`record`: its dates are when it was seen, not its boundary period).
 */
export const SEAT_BASES = ['official', 'record'] as const;
export type SeatBasis = (typeof SEAT_BASES)[number];

/** Where a name of a person comes from. */
export const NAME_SOURCES = ['record', 'official', 'editor'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore', 'undo'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/**
 * Candidate facts in the editors' queue: a post that may have ended over a vote, a whip to record where none can be
 * inferred, a member an import created, and a reader's report.
 */
export const SUGGESTION_KINDS = ['departure', 'record_whip', 'member_review', 'reader_report'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
