import type { MemberPageData } from '@/db/queries/member-page';
import { rowParty, type RowParty } from './row-parties';
import { describeMembershipDates, plural } from './format';

/**
 * What an MP page's opening shows (components/mp/member-header.tsx), worded on the server: the summary, party and
 * seat with their dates, and the size of the record. Only what is drawn travels to the browser.
 */
export type MemberIntro = {
  parliamentId: number;
  name: string;
  /** Names recorded before (or besides) the current one. */
  otherNames: string[];
  headline: string;
  detail: string | null;
  party: RowParty | null;
  /** The Speaker's "party" is named, without a party's colour. */
  speaker: boolean;
  /** The latest Commons seat ("a seat not recorded" when its name is not) and its dates; null for no membership. */
  seat: { name: string | null; dates: string } | null;
  /** "2,800 recorded votes, 12 votes against the party whip, 3 posts recorded." */
  record: string;
  twfyId: number | null;
};

export function memberIntroOf(
  member: Pick<MemberPageData, 'person' | 'membership' | 'party' | 'otherNames' | 'posts' | 'summary' | 'totals'>,
): MemberIntro {
  const { person, membership, party, posts, summary, totals } = member;
  return {
    parliamentId: person.parliamentId,
    name: person.name,
    otherNames: member.otherNames.map((n) => n.name),
    headline: summary.headline,
    detail: summary.detail ?? null,
    party: party ? rowParty(party) : null,
    speaker: party?.kind === 'speaker',
    seat: membership ? { name: membership.constituencyName ?? null, dates: describeMembershipDates(membership) } : null,
    record: `${plural(totals.votes, 'recorded vote')}, ${plural(totals.rebellions, 'vote')} against the party whip, ${
      posts.length > 0 ? plural(posts.length, 'post') : 'no posts'
    } recorded.`,
    twfyId: person.twfyId,
  };
}
