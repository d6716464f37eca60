import { daysBetween, periodCovers, type Period } from './dates';
import type { PostEndReason, PostKind } from './types';

export const FRONTBENCH_KINDS: ReadonlySet<PostKind> = new Set(['minister', 'shadow_minister', 'whip', 'spokesperson']);

export type PostFacts = Period & {
  kind: PostKind;
  endReason: PostEndReason | null;
  endedOverDivisionId: number | null;
};

/**
 * Rule 5: on the front bench when a minister, shadow minister, whip or spokesperson post covers the
 * date; a PPS is on the payroll but not the front bench. Frontbench wins when both apply.
 */
export type PayrollStatus = 'frontbench' | 'pps' | null;

export function payrollStatusOnDate(posts: ReadonlyArray<PostFacts>, date: string): PayrollStatus {
  let status: PayrollStatus = null;
  for (const post of posts) {
    if (!periodCovers(post, date)) continue;
    if (FRONTBENCH_KINDS.has(post.kind)) return 'frontbench';
    if (post.kind === 'pps') status = 'pps';
  }
  return status;
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
