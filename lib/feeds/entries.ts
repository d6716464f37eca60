import { describePosition, POST_END_REASON_LABELS } from '@/lib/domain';
import type { PersonVoteRow } from '@/db/queries/person';
import { NO_KNOWN_REBELS, type DivisionHeadline, type DivisionTotals } from '@/lib/view/division-summary';
import { capitalise, formatDate, formatTime } from '@/lib/view/format';
import type { VoteView } from '@/lib/view/member-view';
import type { Rebellion } from '@/lib/view/rebels-facts';
import { describeVoteAgainstWhip, describeWhipBasis } from '@/lib/view/whip-wording';
import { ukTimeToRfc3339, type AtomEntry } from './atom';

// The entries of the site's feeds, in the pages' own words (lib/view/whip-wording.ts, lib/domain/describe.ts). Pure:
// each takes what a page's query already read. Entry ids are tag: URIs, the same whatever address the site is
// reached by, so a feed reader never sees an entry twice.

export const TAG = 'tag:ayes-and-noes,2025:';
/** How many entries a feed holds at most: its newest. */
export const FEED_ENTRIES = 50;
/** The rebel explorer's feed: a division's rebels arrive together (56 Labour MPs in division 1666). */
export const REBEL_FEED_ENTRIES = 200;

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * A division in a list of divisions: "15 Nov 2023 at 19:14, division 1666. Ayes 125, noes 293. 56 MPs defied their
 * party's whip (56 Labour). 10 MPs left a post over it."
 */
export function divisionEntry(
  d: DivisionHeadline,
  totals: DivisionTotals | undefined,
  partyNames: ReadonlyMap<number, string>,
  origin: string,
): AtomEntry {
  const time = formatTime(d.heldAt);
  const rebels = totals?.rebels ?? 0;
  const byParty = totals?.rebelsByParty.map((p) => `${count(p.rebels)} ${partyNames.get(p.partyId) ?? 'of another party'}`) ?? [];
  const departures = totals?.departures ?? 0;
  const summary = [
    `${formatDate(d.date)}${time ? ` at ${time}` : ''}, division ${d.officialId}.`,
    `Ayes ${count(d.ayeCount)}, noes ${count(d.noCount)}${d.resultText ? `: ${d.resultText.replace(/\.$/, '')}` : ''}.`,
    rebels === 0
      ? `${NO_KNOWN_REBELS}.`
      : `${rebels === 1 ? 'One MP' : `${count(rebels)} MPs`} defied their party’s whip (${byParty.join(', ')}).`,
    ...(departures > 0 ? [`${departures === 1 ? 'One MP' : `${count(departures)} MPs`} left a post over it.`] : []),
  ].join(' ');
  const title = d.shortTitle ?? d.officialTitle;
  return {
    id: `${TAG}division/${d.officialId}`,
    title,
    updated: ukTimeToRfc3339(d.heldAt),
    url: `${origin}/divisions/${d.officialId}`,
    summary,
    ...(d.shortTitle && d.shortTitle !== d.officialTitle ? { content: `Official title: ${d.officialTitle}` } : {}),
    ...(rebels > 0 ? { categories: ['rebellion'] } : {}),
  };
}

/** A vote of an MP's record as their page judged it (db/queries/member-page.ts). */
export type FeedVote = Pick<
  VoteView<PersonVoteRow>,
  'officialId' | 'date' | 'heldAt' | 'officialTitle' | 'shortTitle' | 'position' | 'partyId' | 'constituencyName' | 'isTeller' | 'proxyName' | 'whip' | 'verdict'
>;

/**
 * One vote of an MP's record, as their page's table words it: "Voted for. Defied the Labour whip to abstain."
 * Null for a division with no address.
 */
export function memberVoteEntry(
  person: { name: string; parliamentId: number },
  v: FeedVote,
  parties: ReadonlyMap<number, { name: string; kind: string }>,
  origin: string,
): AtomEntry | null {
  if (v.officialId === null) return null;
  const party = v.partyId === null ? undefined : parties.get(v.partyId);
  const partyName = party?.name ?? null;
  const inChair = party?.kind === 'speaker';
  const divisionTitle = v.shortTitle ?? v.officialTitle;
  const verdict = inChair
    ? 'In the Chair: the Speaker and Deputy Speakers do not vote.'
    : describeVoteAgainstWhip(v.position, v.verdict, v.whip, partyName);
  const extras = [
    v.isTeller ? 'Teller.' : null,
    v.proxyName ? `Vote cast by proxy: ${v.proxyName}.` : null,
    !inChair && v.whip ? `Whip: ${describeWhipBasis(v.whip, partyName)}.` : null,
  ].filter(Boolean);
  const as = [partyName, v.constituencyName].filter(Boolean).join(', ');
  const rebelled = v.verdict === 'rebelled';
  const what = inChair ? 'In the Chair' : rebelled ? 'Defied the whip' : capitalise(describePosition(v.position));
  return {
    id: `${TAG}vote/${v.officialId}/${person.parliamentId}`,
    title: `${what}: ${divisionTitle}`,
    updated: ukTimeToRfc3339(v.heldAt),
    url: `${origin}/divisions/${v.officialId}`,
    summary: [verdict, ...extras].join(' '),
    content: `${person.name}${as ? ` (${as})` : ''} in division ${v.officialId}, ${formatDate(v.date)}: ${divisionTitle}.`,
    ...(rebelled ? { categories: ['rebellion'] } : {}),
  };
}

export type FeedPost = {
  id: number;
  title: string;
  endDate: string | null;
  endReason: keyof typeof POST_END_REASON_LABELS | null;
  endReasonNote: string | null;
  endedOverOfficialId: number | null;
};

/**
 * A post that ended, in the words of the MP's page: "Shadow Minister for Women and Equalities, resigned 15 Nov 2023
 * over division 1666." Null for a post still held.
 */
export function postEndedEntry(person: { name: string; parliamentId: number }, post: FeedPost, origin: string): AtomEntry | null {
  if (!post.endDate) return null;
  // With no reason recorded, a post given up over a vote was still left over it (components/mp/posts-list.tsx).
  const how = post.endReason ? POST_END_REASON_LABELS[post.endReason] : post.endedOverOfficialId ? 'left' : 'ended';
  const over = post.endedOverOfficialId ? ` over division ${post.endedOverOfficialId}` : '';
  return {
    id: `${TAG}post/${post.id}/ended`,
    title: `Post ended: ${post.title}`,
    updated: ukTimeToRfc3339(post.endDate),
    url: post.endedOverOfficialId ? `${origin}/divisions/${post.endedOverOfficialId}` : `${origin}/mps/${person.parliamentId}`,
    summary: `${person.name}: ${post.title}, ${how} ${formatDate(post.endDate)}${over}.`,
    ...(post.endReasonNote ? { content: post.endReasonNote } : {}),
    categories: ['departure'],
  };
}

/**
 * One vote against the whip in the rebel explorer: "Yasmin Qureshi (Labour, Bolton South East) in division 1666,
 * 15 Nov 2023: Voted for. Defied the Labour whip to abstain."
 */
export function rebellionEntry(r: Rebellion, origin: string): AtomEntry {
  const partyName = r.party?.name ?? null;
  const as = [partyName, r.constituencyName].filter(Boolean).join(', ');
  const extras = [
    `Whip: ${describeWhipBasis(r.whip, partyName)}.`,
    r.payroll === 'frontbench' ? 'On the front bench that day.' : r.payroll === 'pps' ? 'A PPS that day.' : null,
    r.leftPost ? 'Left a post over it.' : null,
  ].filter(Boolean);
  return {
    id: `${TAG}rebellion/${r.division.officialId}/${r.parliamentId ?? `person-${r.personId}`}`,
    title: `${r.name} defied the whip: ${r.division.title}`,
    updated: ukTimeToRfc3339(r.division.date),
    url: r.parliamentId ? `${origin}/mps/${r.parliamentId}` : `${origin}/divisions/${r.division.officialId}`,
    summary: `${r.name}${as ? ` (${as})` : ''}, division ${r.division.officialId}, ${formatDate(r.division.date)}: ${describeVoteAgainstWhip(r.position, 'rebelled', r.whip, partyName)}`,
    content: extras.join(' '),
    categories: ['rebellion', ...(r.leftPost ? ['departure'] : []), ...(r.party ? [r.party.abbreviation] : [])],
  };
}

