import { describeWhip, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import type { Lobby, PartyKind, PostEndReason, VotePosition } from '@/lib/domain/types';
import { formatDate, listInWords, plural } from './format';

// The ten-second summary at the top of an MP's page, e.g. "On 15 Nov 2023 Yasmin Qureshi voted for an
// immediate ceasefire in Gaza, defying the Labour whip to abstain, and resigned as Shadow Minister for
// Women and Equalities to do so." Pure: it takes the votes already judged by lib/domain (whip and
// verdict) and only chooses the most notable one and puts it into words.

export type SummaryVote = {
  divisionId: number;
  date: string;
  heldAt: string;
  officialTitle: string;
  shortTitle: string | null;
  position: VotePosition;
  whip: WhipUsed | null;
  verdict: WhipVerdict | null;
  /** The member's party on the day: its name, and its kind (independents have no whip). */
  partyName: string | null;
  partyKind: PartyKind | null;
  /** Topics the division bears on, and which lobby supports each. */
  topics: ReadonlyArray<{ title: string; supportingLobby: Lobby }>;
};

export type SummaryPost = { title: string; endReason: PostEndReason | null; endedOverDivisionId: number | null };

export type MemberSummary = { headline: string; detail: string | null };

/**
 * "Gaza: immediate ceasefire" → "an immediate ceasefire in Gaza"; a title without a colon is used as it
 * stands ("Assisted dying" → "assisted dying"). A plural ("Rwanda: deportation flights") takes no article.
 */
export function describeTopic(title: string): string {
  const match = /^([^:]+):\s*(.+)$/.exec(title.trim());
  if (!match) return lowerFirst(title.trim());
  const subject = match[1]!.trim();
  const thing = lowerFirst(match[2]!.trim());
  const hasDeterminer = /^(a|an|the|more|less|no|any|all)\s/i.test(thing);
  const isPlural = /[^s]s$/i.test(thing.split(/\s+/).at(-1) ?? '');
  const article = hasDeterminer || isPlural ? '' : /^[aeiou]/i.test(thing) ? 'an ' : 'a ';
  return `${article}${thing} in ${subject}`;
}

/** Lower-cases the first letter unless the word is an acronym or a name in capitals ("NHS", "HS2"). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * How notable a vote is, highest first: a rebellion, then a post left over it, then a recorded abstention, then a
 * vote on a topic.
 */
export function notability(vote: { verdict: WhipVerdict | null; hasTopic: boolean }, leftPost: boolean): number {
  let score = 0;
  if (vote.verdict === 'rebelled') score += 8;
  if (leftPost) score += 4;
  if (vote.verdict === 'recorded_abstention') score += 2;
  if (vote.hasTopic) score += 1;
  return score;
}

function describeAction(vote: SummaryVote): string {
  const topic = vote.topics[0];
  if (topic) {
    const about = describeTopic(topic.title);
    switch (vote.position) {
      case 'aye':
      case 'no':
        return `voted ${vote.position === topic.supportingLobby ? 'for' : 'against'} ${about}`;
      case 'both':
        return `voted both ways (a recorded abstention) on ${about}`;
      case 'absent':
        return `did not vote on ${about}`;
    }
  }
  const title = `“${vote.shortTitle ?? vote.officialTitle}”`;
  switch (vote.position) {
    case 'aye':
      return `voted for ${title}`;
    case 'no':
      return `voted against ${title}`;
    case 'both':
      return `voted both ways (a recorded abstention) on ${title}`;
    case 'absent':
      return `did not vote on ${title}`;
  }
}

function describeWhipClause(vote: SummaryVote): string {
  const { whip, verdict } = vote;
  if (!whip || verdict === null) {
    return vote.partyKind === 'independent' || vote.partyKind === 'speaker' || vote.partyName === null
      ? `, with no party whip to follow`
      : `, with no ${vote.partyName} whip known`;
  }
  // A whip inferred from the vote is never stated as fact.
  const inferred = whip.basis === 'inferred' ? 'inferred ' : '';
  const party = vote.partyName ? `the ${inferred}${vote.partyName} whip` : `the ${inferred}whip`;
  const to = whip.instruction === 'free' ? '' : ` to ${describeWhip(whip.instruction)}`;
  switch (verdict) {
    case 'rebelled':
      return `, defying ${party}${to}`;
    case 'followed':
      return whip.instruction === 'abstain' ? `, as ${party} asked` : `, following ${party}`;
    case 'recorded_abstention':
      return `, against ${party}${to}`;
    case 'did_not_vote':
      return `; ${party} was${to}`;
    case 'free_vote':
      return `, in a free vote`;
  }
}

function describePostsLeft(posts: ReadonlyArray<SummaryPost>, rebelled: boolean): string {
  if (posts.length === 0) return '';
  const overIt = rebelled ? ' to do so' : ' over it';
  const resigned = posts.filter((p) => p.endReason === 'resigned').map((p) => p.title);
  const sacked = posts.filter((p) => p.endReason === 'sacked').map((p) => p.title);
  const other = posts.filter((p) => p.endReason !== 'resigned' && p.endReason !== 'sacked').map((p) => p.title);
  const parts: string[] = [];
  if (resigned.length > 0) parts.push(`resigned as ${listInWords(resigned)}${overIt}`);
  if (sacked.length > 0) parts.push(`was sacked as ${listInWords(sacked)}${rebelled ? ' for it' : ' over it'}`);
  if (other.length > 0) parts.push(`left the post of ${listInWords(other)} over it`);
  return `, and ${parts.join(', and ')}`;
}

/**
 * One sentence on the member's most notable recorded vote (rebellions first, then votes they left a post
 * over, then votes on a topic, newest first), and one on their record as a whole when there is more.
 */
export function summariseMember(input: {
  name: string;
  votes: ReadonlyArray<SummaryVote>;
  posts: ReadonlyArray<SummaryPost>;
}): MemberSummary {
  const { votes, posts } = input;
  // The most notable, the newest of those, the first of those: one pass, since a long record has thousands of votes.
  const leftOver = new Set(posts.map((p) => p.endedOverDivisionId));
  const score = (v: SummaryVote) => notability({ verdict: v.verdict, hasTopic: v.topics.length > 0 }, leftOver.has(v.divisionId));
  let notable = votes[0];
  let best = notable ? score(notable) : 0;
  for (const candidate of votes) {
    const candidateScore = score(candidate);
    if (candidateScore > best || (candidateScore === best && candidate.heldAt.localeCompare(notable!.heldAt) > 0)) {
      notable = candidate;
      best = candidateScore;
    }
  }
  return summariseRecord({
    name: input.name,
    posts,
    notable: notable ?? null,
    counts: {
      votes: votes.length,
      rebellions: votes.filter((v) => v.verdict === 'rebelled').length,
      known: votes.filter((v) => v.whip !== null).length,
    },
  });
}

/**
 * The same from the record's counts and its most notable vote, already chosen (notability; the newest of the most
 * notable): what an MP's page uses, so that only that vote is put into words.
 */
export function summariseRecord(input: {
  name: string;
  posts: ReadonlyArray<SummaryPost>;
  notable: SummaryVote | null;
  /** Recorded votes, those against the whip, and those with a whip known. */
  counts: { votes: number; rebellions: number; known: number };
}): MemberSummary {
  const { name, posts, notable: vote, counts } = input;
  if (!vote) return { headline: `No votes are recorded for ${name} yet.`, detail: null };

  const postsLeftOver = posts.filter((p) => p.endedOverDivisionId === vote.divisionId);
  const headline =
    vote.partyKind === 'speaker'
      ? `On ${formatDate(vote.date)} ${name} was in the Chair as ${vote.partyName ?? 'Speaker'}: the Speaker and Deputy Speakers do not vote.`
      : `On ${formatDate(vote.date)} ${name} ${describeAction(vote)}${describeWhipClause(vote)}` +
        `${describePostsLeft(postsLeftOver, vote.verdict === 'rebelled')}.`;

  if (counts.votes === 1) return { headline, detail: null };
  const unknown = counts.known < counts.votes ? ` A whip is known for ${counts.known} of them.` : '';
  return {
    headline,
    detail: `${counts.rebellions === 0 ? 'None' : counts.rebellions} of ${plural(counts.votes, 'recorded vote')} went against the party whip.${unknown}`,
  };
}
