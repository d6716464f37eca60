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

/** Where a membership's dates come from: an official history, an editor, or only seen on a division's date. */
export const MEMBERSHIP_DATE_BASES = ['official', 'editor', 'observed'] as const;
export type MembershipDateBasis = (typeof MEMBERSHIP_DATE_BASES)[number];

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore', 'undo'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];
