import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons, stances, topicDivisions, topics, votes } from '@/db/schema';
import type { Lobby, VotePosition } from '@/lib/domain/types';
import { groupBy } from '@/lib/view/group-by';
import { compareSaidWithDid, type MemberWords } from '@/lib/view/member-view';
import { countTopicVotes, describeTopicVotes, topicStance, type TopicStance, type TopicVoteCount } from '@/lib/view/topic-summary';
import { versionMemo } from '../version-memo';
import { divisionHeadingColumns, stanceColumns } from './columns';
import { listParties, type PartySummary } from './parties';
import type { PersonStanceRow } from './person';

// A topic's public page (/topics/{slug}): its divisions with the lobby that supports it, every MP's votes on them in
// words (lib/view/topic-summary.ts) with the divisions behind each summary, how each party's MPs voted, the
// parties' stated lines, and what MPs said beside what they did. Seven queries, kept per data version.

export type TopicSummaryRow = { slug: string; title: string; description: string | null; divisions: number };

/** Every topic, with how many divisions it links, by title. */
export function listTopics(): TopicSummaryRow[] {
  const db = getDb();
  const rows = db.select({ id: topics.id, slug: topics.slug, title: topics.title, description: topics.description }).from(topics).orderBy(asc(topics.title)).all();
  const links = db.select({ topicId: topicDivisions.topicId }).from(topicDivisions).all();
  const count = new Map<number, number>();
  for (const l of links) count.set(l.topicId, (count.get(l.topicId) ?? 0) + 1);
  return rows.map(({ id, ...t }) => ({ ...t, divisions: count.get(id) ?? 0 }));
}

export type TopicDivision = {
  id: number;
  officialId: number | null;
  date: string;
  heldAt: string;
  title: string;
  ayeCount: number;
  noCount: number;
  supportingLobby: Lobby;
};

export type TopicMemberRow = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  /** Their party in the latest of the topic's divisions they are recorded in. */
  partyId: number | null;
  count: TopicVoteCount;
  stance: TopicStance;
  summary: string;
  /** How they voted in each of the topic's divisions (by division id); absent from the record: not there. */
  positions: Map<number, VotePosition>;
};

export type PartyLine = Omit<PersonStanceRow, 'topicTitle' | 'topicSlug' | 'divisionId' | 'supportingLobby'> & { partyId: number; speaker: string };

export type TopicPage = {
  topic: { id: number; slug: string; title: string; description: string | null };
  divisions: TopicDivision[];
  members: TopicMemberRow[];
  /** Each party's MPs' votes on the topic, added up, largest first. */
  partyVotes: { partyId: number; count: TopicVoteCount; members: number }[];
  partyLines: PartyLine[];
  /** Members who said something on the topic: what they said beside what they did, division by division. */
  words: { personId: number; name: string; parliamentId: number | null; partyId: number | null; words: MemberWords<PersonStanceRow> }[];
  parties: PartySummary[];
};

const memo = versionMemo<string, TopicPage | null>({ maxEntries: 16 });

/** A topic's page, or null for a slug no topic has. */
export function loadTopicPage(slug: string): TopicPage | null {
  return memo(slug, () => readTopicPage(slug));
}

function readTopicPage(slug: string): TopicPage | null {
  const db = getDb();
  const topic = db.select({ id: topics.id, slug: topics.slug, title: topics.title, description: topics.description }).from(topics).where(eq(topics.slug, slug)).get();
  if (!topic) return null;
  const linked = db
    .select({
      id: divisions.id,
      ...divisionHeadingColumns,
      ayeCount: divisions.ayeCount,
      noCount: divisions.noCount,
      supportingLobby: topicDivisions.supportingLobby,
    })
    .from(topicDivisions)
    .innerJoin(divisions, eq(divisions.id, topicDivisions.divisionId))
    .where(eq(topicDivisions.topicId, topic.id))
    .orderBy(asc(divisions.heldAt), asc(divisions.id))
    .all()
    .map(({ officialTitle, shortTitle, ...d }) => ({ ...d, title: shortTitle ?? officialTitle }));
  const lobbies = new Map(linked.map((d) => [d.id, d.supportingLobby]));
  const divisionIds = linked.map((d) => d.id);

  const voteRows = divisionIds.length
    ? db
        .select({ personId: votes.personId, divisionId: votes.divisionId, position: votes.position, partyId: votes.partyId })
        .from(votes)
        .where(inArray(votes.divisionId, divisionIds))
        .all()
    : [];
  const statements = db
    .select({ ...stanceColumns, personId: stances.personId })
    .from(stances)
    .where(and(eq(stances.topicId, topic.id), isNotNull(stances.personId)))
    .orderBy(asc(stances.statedOn), asc(stances.id))
    .all()
    .map(({ personId, ...stance }) => ({ personId: personId!, stance }));
  const peopleIds = [...new Set([...voteRows.map((v) => v.personId), ...statements.map((s) => s.personId)])];
  const people = new Map(
    (peopleIds.length
      ? db
          .select({ id: persons.id, parliamentId: persons.parliamentId, name: persons.name, sortName: persons.sortName })
          .from(persons)
          .where(inArray(persons.id, peopleIds))
          .all()
      : []
    ).map((p) => [p.id, p]),
  );
  const order = new Map(linked.map((d, i) => [d.id, i]));
  const byPerson = groupBy(voteRows, (v) => v.personId);
  const members: TopicMemberRow[] = [...byPerson].map(([personId, list]) => {
    const person = people.get(personId)!;
    const latest = [...list].sort((a, b) => (order.get(b.divisionId) ?? 0) - (order.get(a.divisionId) ?? 0))[0];
    const count = countTopicVotes(list, lobbies);
    return {
      personId,
      parliamentId: person.parliamentId,
      name: person.name,
      sortName: person.sortName,
      partyId: latest?.partyId ?? null,
      count,
      stance: topicStance(count),
      summary: describeTopicVotes(count),
      positions: new Map(list.map((v) => [v.divisionId, v.position])),
    };
  });
  members.sort((a, b) => a.sortName.localeCompare(b.sortName, 'en-GB'));

  // Each party's votes by the party of their day, added up as one MP's are.
  const partyVotes = [...groupBy(voteRows, (v) => v.partyId)]
    .flatMap(([partyId, list]) =>
      partyId === null ? [] : [{ partyId, count: countTopicVotes(list, lobbies), members: new Set(list.map((v) => v.personId)).size }],
    )
    .sort((a, b) => b.members - a.members || a.partyId - b.partyId);

  const partyLines = db
    .select({ ...stanceColumns, partyId: stances.partyId, speaker: stances.speaker })
    .from(stances)
    .where(and(eq(stances.topicId, topic.id), isNull(stances.personId), isNotNull(stances.partyId)))
    .orderBy(asc(stances.statedOn), asc(stances.id))
    .all() as PartyLine[];

  const heldAt = new Map(linked.map((d) => [d.id, d]));
  const words = [...new Set(statements.map((s) => s.personId))].map((personId) => {
    const own = statements.filter((s) => s.personId === personId).map((s) => s.stance);
    const rows: PersonStanceRow[] = own.flatMap((s) =>
      (linked.length ? linked : [null]).map((d) => ({
        ...s,
        topicTitle: topic.title,
        topicSlug: topic.slug,
        divisionId: d?.id ?? null,
        supportingLobby: d?.supportingLobby ?? null,
      })),
    );
    const theirVotes = (byPerson.get(personId) ?? []).map((v) => ({ divisionId: v.divisionId, position: v.position, date: heldAt.get(v.divisionId)!.date, heldAt: heldAt.get(v.divisionId)!.heldAt }));
    const person = people.get(personId)!;
    return {
      personId,
      name: person.name,
      parliamentId: person.parliamentId,
      partyId: members.find((m) => m.personId === personId)?.partyId ?? null,
      words: compareSaidWithDid(rows, theirVotes),
    };
  });

  return { topic, divisions: linked, members, partyVotes, partyLines, words, parties: listParties() };
}
