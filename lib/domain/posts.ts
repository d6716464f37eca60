import { daysBetween, periodCovers, toDate, type Period } from './dates';
import type { PostEndReason, PostKind, PostsKnownBasis } from './types';

/**
 * Posts that put their holder on the front bench. Party leaders are here as well as rule 5's four kinds: the
 * Leader of the Opposition (a `party_leader` post in the Members API) leads the front bench.
 */
export const FRONTBENCH_KINDS: ReadonlySet<PostKind> = new Set(['minister', 'shadow_minister', 'whip', 'spokesperson', 'party_leader']);

export type PostFacts = Period & {
  kind: PostKind;
  endReason: PostEndReason | null;
  endedOverDivisionId: number | null;
};

/**
 * Rule 5, in three states: on the front bench when a frontbench post covers the date, a PPS (on the payroll, not
 * the front bench) when only a PPS post does; with no post covering it, `backbench` only when the person's posts
 * are known for that date, otherwise `not_recorded` ("no post recorded", never "backbench").
 */
export type PayrollStatus = 'frontbench' | 'pps' | 'backbench' | 'not_recorded';

/** Whether a person's posts are known to be complete, and up to which day (null: up to now). */
export type PostsKnowledge = { postsKnown: PostsKnownBasis | null; postsKnownOn: string | null };

export const POSTS_NOT_KNOWN: PostsKnowledge = { postsKnown: null, postsKnownOn: null };

/** Are the person's posts known on this date: imported from the official record, or vouched for by an editor? */
export function arePostsKnownOn(knowledge: PostsKnowledge, date: string): boolean {
  if (knowledge.postsKnown === null) return false;
  return knowledge.postsKnownOn === null || toDate(date) <= toDate(knowledge.postsKnownOn);
}

export function payrollStatusOnDate(posts: ReadonlyArray<PostFacts>, date: string, knowledge: PostsKnowledge = POSTS_NOT_KNOWN): PayrollStatus {
  let hasPps = false;
  for (const post of posts) {
    if (!periodCovers(post, date)) continue;
    if (FRONTBENCH_KINDS.has(post.kind)) return 'frontbench';
    if (post.kind === 'pps') hasPps = true;
  }
  if (hasPps) return 'pps';
  return arePostsKnownOn(knowledge, date) ? 'backbench' : 'not_recorded';
}

/** On the payroll (a frontbench post or a PPS) on the day. */
export function isOnPayroll(status: PayrollStatus): boolean {
  return status === 'frontbench' || status === 'pps';
}

/** Rule 6: a post left (resigned or sacked, or ended for a reason the sources dispute) over this division. */
export function leftOverDivision(post: PostFacts, divisionId: number): boolean {
  return post.endedOverDivisionId === divisionId && post.endDate !== null;
}

/** How many days after a division a rebel's post may end for the app to suggest a link. */
export const DEPARTURE_SUGGESTION_DAYS = 7;

/**
 * Rule 6: suggest linking a post to a division when its holder rebelled and it ended within seven days
 * after the division (same day included) and is not linked to anything yet. An editor confirms it.
 */
export function suggestsDeparture(post: PostFacts, divisionDate: string, holderRebelled: boolean): boolean {
  if (!holderRebelled || post.endDate === null || post.endedOverDivisionId !== null) return false;
  if (post.endReason !== null && post.endReason !== 'resigned' && post.endReason !== 'sacked' && post.endReason !== 'unknown') {
    return false;
  }
  const days = daysBetween(divisionDate, post.endDate);
  return days >= 0 && days <= DEPARTURE_SUGGESTION_DAYS;
}
