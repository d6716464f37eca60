import type { RevisionRow } from '@/db/queries/revisions';
import { plural } from '@/lib/view/format';
import { diffWords, type TextPart } from './text-diff';
import { divisionName, EMPTY, fieldLabel, fieldRank, longUkDate, nounFor, RECORD_NOUNS, valueWords, type NameBook } from './revision-words';

// A change in words for the history: what it was ("Labour’s whip on division 1666: abstain → free vote"),
// where the record lives, and its before and after field by field. Pure: the names come in a NameBook.

type Snapshot = Record<string, unknown>;

/** Account changes (app/admin/accounts) are kept for the record but made through Better Auth, not undone here. */
export function canUndo(revision: Pick<RevisionRow, 'tableName' | 'batchId'>): boolean {
  // One row of a bulk change is undone with the whole file, from the change that stands for it.
  return revision.tableName !== 'users' && revision.batchId === null;
}

export const RECORD_TYPE_OPTIONS = Object.entries(RECORD_NOUNS).map(([value, noun]) => ({
  value,
  label: value === 'division_votes' ? 'votes' : value === 'batches' ? 'bulk changes (CSV)' : noun.one,
}));

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The snapshot that names the record: the state after, or before a deletion. */
export function snapshotOf(revision: Pick<RevisionRow, 'before' | 'after'>): Snapshot {
  return revision.after ?? revision.before ?? {};
}

/** Every id of a party, person, division, topic and seat the changes refer to, for one lookup of their names. */
export function referencedIds(revisions: ReadonlyArray<Pick<RevisionRow, 'tableName' | 'recordId' | 'before' | 'after'>>) {
  const ids = { parties: new Set<number>(), persons: new Set<number>(), divisions: new Set<number>(), topics: new Set<number>(), constituencies: new Set<number>() };
  const add = (set: Set<number>, v: unknown) => {
    const n = num(v);
    if (n !== null) set.add(n);
  };
  const fromSnapshot = (s: Snapshot | null) => {
    if (!s) return;
    add(ids.parties, s.partyId);
    add(ids.persons, s.personId);
    add(ids.divisions, s.divisionId);
    add(ids.divisions, s.endedOverDivisionId);
    add(ids.topics, s.topicId);
    add(ids.constituencies, s.constituencyId);
    for (const key of ['votes', 'whips', 'topicLinks']) {
      if (Array.isArray(s[key])) for (const row of s[key] as Snapshot[]) fromSnapshot({ ...row, votes: undefined });
    }
  };
  for (const r of revisions) {
    fromSnapshot(r.before);
    fromSnapshot(r.after);
    const id = Number(r.recordId);
    if (r.tableName === 'persons') add(ids.persons, id);
    if (r.tableName === 'divisions' || r.tableName === 'division_votes') add(ids.divisions, id);
    if (r.tableName === 'topics') add(ids.topics, id);
    if (r.tableName === 'topic_divisions') {
      const [topicId, divisionId] = r.recordId.split(':').map(Number);
      add(ids.topics, topicId);
      add(ids.divisions, divisionId);
    }
  }
  return {
    parties: [...ids.parties],
    persons: [...ids.persons],
    divisions: [...ids.divisions],
    topics: [...ids.topics],
    constituencies: [...ids.constituencies],
  };
}

function personName(s: Snapshot, names: NameBook): string {
  const id = num(s.personId);
  if (id !== null) return names.persons.get(id)?.name ?? `person #${id}`;
  const party = num(s.partyId);
  if (party !== null) return names.parties.get(party)?.name ?? `party #${party}`;
  return str(s.speaker) ?? 'someone';
}

function quoted(text: string, max = 70): string {
  return `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
}

/** Division 1666 as the history names it: from the record, or from the snapshot when the division has gone. */
function divisionLabel(id: number, s: Snapshot | null, names: NameBook): string {
  if (names.divisions.has(id)) return divisionName(id, names);
  const officialId = s ? num(s.officialId) : null;
  return officialId !== null ? `division ${officialId}` : `division #${id}`;
}

/** What the change is about, e.g. "Labour’s whip on division 1666", "Post of Yasmin Qureshi (Shadow Minister …)". */
export function recordSubject(revision: Pick<RevisionRow, 'tableName' | 'recordId' | 'before' | 'after'>, names: NameBook): string {
  const s = snapshotOf(revision);
  const id = Number(revision.recordId);
  switch (revision.tableName) {
    case 'whips': {
      const party = names.parties.get(num(s.partyId) ?? -1)?.name ?? 'A party';
      return `${party}’s whip on ${divisionLabel(num(s.divisionId) ?? -1, null, names)}`;
    }
    case 'posts':
      return `Post of ${personName(s, names)} (${str(s.title) ?? 'untitled'})`;
    case 'memberships': {
      const party = names.parties.get(num(s.partyId) ?? -1)?.name;
      const seat = names.constituencies.get(num(s.constituencyId) ?? -1)?.name;
      const detail = [party, seat].filter(Boolean).join(', ');
      return `Membership of ${personName(s, names)}${detail ? ` (${detail})` : ''}`;
    }
    case 'persons':
      return `Person ${str(s.name) ?? names.persons.get(id)?.name ?? `#${id}`}`;
    case 'divisions': {
      const title = str(s.shortTitle) ?? str(s.officialTitle);
      const label = divisionLabel(id, s, names);
      return `${label[0]!.toUpperCase()}${label.slice(1)}${title ? ` (${quoted(title)})` : ''}`;
    }
    case 'division_votes':
      return `Votes in ${divisionLabel(id, null, names)}`;
    case 'topics':
      return `Topic ${quoted(str(s.title) ?? names.topics.get(id)?.title ?? `#${id}`)}`;
    case 'topic_divisions': {
      const [topicId, divisionId] = revision.recordId.split(':').map(Number) as [number, number];
      const topic = names.topics.get(topicId)?.title;
      return `Link from topic ${topic ? quoted(topic) : `#${topicId}`} to ${divisionLabel(divisionId, null, names)}`;
    }
    case 'stances': {
      const topic = names.topics.get(num(s.topicId) ?? -1)?.title ?? 'a topic';
      return `Statement by ${personName(s, names)} on ${topic}`;
    }
    case 'batches':
      return `${BATCH_NOUNS[str(s.kind) ?? ''] ?? 'Records'} from ${str(s.file) ?? 'a file'}`;
    case 'users':
      return `Account ${str(s.email) ?? revision.recordId}`;
    default:
      return `${nounFor(revision.tableName)} #${revision.recordId}`;
  }
}

const BATCH_NOUNS: Record<string, string> = { whips: 'Whips', posts: 'Posts', stances: 'Statements' };

const HIDDEN = new Set(['id', 'createdAt', 'updatedAt']);

/** Fields that differ (all of a record's fields for a creation or deletion), in the order the forms show them. */
export function changedKeys(before: Snapshot | null, after: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => !HIDDEN.has(k))
    .filter((k) => (before === null || after === null ? !isBlank((before ?? after)![k]) : JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)))
    .sort((a, b) => fieldRank(a) - fieldRank(b));
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The name of a field inside a sentence: "end date set to …", not "Ended set to …". */
const SENTENCE_NAMES: Record<string, string> = { startDate: 'start date', endDate: 'end date', endReason: 'how it ended', statedOn: 'date said' };

function sentenceName(tableName: string, key: string): string {
  const label = SENTENCE_NAMES[key] ?? fieldLabel(tableName, key);
  return /^(Parliament|Hansard|TheyWorkForYou|Members|Editors)/.test(label) ? label : label[0]!.toLowerCase() + label.slice(1);
}

function shortValue(tableName: string, key: string, value: unknown, names: NameBook): string {
  const words = valueWords(tableName, key, value, names).replace(/\n/g, '; ');
  return words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words;
}

/** What an edit did, in a few words: "abstain → free vote", "end date set to 8 November 2023". */
function editWords(tableName: string, before: Snapshot, after: Snapshot, names: NameBook): string {
  let keys = changedKeys(before, after);
  if (keys.length === 0) return 'no change to its fields';
  // A free vote has no whip lines: the strength it clears goes without saying (the table below still shows it).
  if (tableName === 'whips' && keys.includes('instruction') && after.instruction === 'free') keys = keys.filter((k) => k !== 'strength');
  const phrase = (key: string) => {
    const b = before[key];
    const a = after[key];
    // A whip is its instruction: "abstain → free vote" says it all.
    const name = tableName === 'whips' && key === 'instruction' ? '' : sentenceName(tableName, key);
    if (key === 'sources' || key === 'quote' || key === 'motionText' || key === 'description' || key === 'editorNote' || key === 'note') {
      return `${name} changed`;
    }
    if (isBlank(b)) return `${name} set to ${shortValue(tableName, key, a, names)}`.trim();
    if (isBlank(a)) return `${name} cleared`.trim();
    return `${name ? `${name}: ` : ''}${shortValue(tableName, key, b, names)} → ${shortValue(tableName, key, a, names)}`;
  };
  const shown = keys.slice(0, 3).map(phrase);
  const rest = keys.length - shown.length;
  return shown.join('; ') + (rest > 0 ? `; and ${rest} more ${rest === 1 ? 'field' : 'fields'}` : '');
}

type VoteRow = { personId: number; position: string; isTeller?: boolean; proxyName?: string | null };
const votesOf = (s: Snapshot | null): VoteRow[] => (s && Array.isArray(s.votes) ? (s.votes as VoteRow[]) : []);

function votesWords(revision: Pick<RevisionRow, 'action' | 'before' | 'after' | 'recordId'>, names: NameBook): string {
  const before = votesOf(revision.before);
  const after = votesOf(revision.after);
  const had = new Set(before.map((v) => v.personId));
  const added = after.filter((v) => !had.has(v.personId)).length;
  const corrected = after.length - added;
  const removed = before.filter((v) => !after.some((a) => a.personId === v.personId)).length;
  const where = divisionLabel(Number(revision.recordId), null, names);
  const parts = [
    corrected > 0 ? `${plural(corrected, 'vote')} in ${where} ${revision.action === 'undo' ? 'put back' : 'corrected'}` : null,
    added > 0 ? `${plural(added, 'vote')} in ${where} added` : null,
    removed > 0 ? `${plural(removed, 'vote')} in ${where} removed` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : `No votes in ${where} changed`;
}


type BatchAfter = { kind?: string; file?: string; counts?: { new?: number; changed?: number; unchanged?: number }; rows?: number };

/** The change in one sentence, with the real names: "Labour’s whip on division 1666: abstain → free vote". */
export function describeChange(revision: Pick<RevisionRow, 'tableName' | 'recordId' | 'action' | 'before' | 'after'>, names: NameBook): string {
  if (revision.tableName === 'division_votes') return votesWords(revision, names);
  const subject = recordSubject(revision, names);
  if (revision.tableName === 'batches') {
    const b = (revision.after ?? {}) as BatchAfter;
    if (revision.action === 'undo') return `${subject}: undone`;
    const counts = b.counts ?? {};
    const words = [`${counts.new ?? 0} new`, `${counts.changed ?? 0} changed`];
    if (counts.unchanged) words.push(`${counts.unchanged} unchanged`);
    return `${subject}: ${words.join(', ')}`;
  }
  const { before, after, action } = revision;
  if (action === 'create') return `${subject}: created`;
  if (action === 'delete') return `${subject}: deleted`;
  if (action === 'restore') return `${subject}: restored`;
  if (before === null) return `${subject}: put back`;
  if (after === null) return `${subject}: removed`;
  return `${subject}: ${editWords(revision.tableName, before, after, names)}`;
}

/** The kind of change, as the filter names it. */
export const CHANGE_KINDS = [
  { value: 'created', label: 'Created' },
  { value: 'edited', label: 'Edited' },
  { value: 'deleted', label: 'Deleted' },
  { value: 'restored', label: 'Restored' },
  { value: 'undo', label: 'Undo' },
  { value: 'bulk', label: 'Bulk change (CSV)' },
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number]['value'];

/** The record's admin page and public page, where they exist. */
export function changeLinks(
  revision: Pick<RevisionRow, 'tableName' | 'recordId' | 'before' | 'after'>,
  names: NameBook,
): { admin: string | null; public: string | null } {
  const s = snapshotOf(revision);
  const id = revision.recordId;
  const divisionPage = (divisionId: number | null) => {
    const official = divisionId !== null ? names.divisions.get(divisionId)?.officialId : null;
    return official != null ? `/divisions/${official}` : null;
  };
  const mpPage = (personId: number | null) => {
    const member = personId !== null ? names.persons.get(personId)?.parliamentId : null;
    return member != null ? `/mps/${member}` : null;
  };
  const topicPage = (topicId: number | null) => {
    const slug = topicId !== null ? names.topics.get(topicId)?.slug : null;
    return slug ? `/topics/${slug}` : null;
  };
  switch (revision.tableName) {
    case 'persons':
      return { admin: `/admin/people/${id}`, public: mpPage(Number(id)) };
    case 'memberships':
      return { admin: `/admin/memberships/${id}`, public: mpPage(num(s.personId)) };
    case 'posts':
      return { admin: `/admin/posts/${id}`, public: mpPage(num(s.personId)) };
    case 'stances':
      return { admin: `/admin/stances/${id}`, public: mpPage(num(s.personId)) ?? topicPage(num(s.topicId)) };
    case 'divisions':
      // A deleted division has no page of its own: its changes are where it can be brought back.
      return names.divisions.has(Number(id))
        ? { admin: `/admin/divisions/${id}`, public: divisionPage(Number(id)) }
        : { admin: `/admin/changes?type=divisions&record=${id}`, public: null };
    case 'division_votes':
      return { admin: names.divisions.has(Number(id)) ? `/admin/divisions/${id}/votes` : null, public: divisionPage(Number(id)) };
    case 'whips': {
      const divisionId = num(s.divisionId);
      return { admin: divisionId !== null && names.divisions.has(divisionId) ? `/admin/divisions/${divisionId}/whips` : null, public: divisionPage(divisionId) };
    }
    case 'topics':
      return { admin: `/admin/topics/${id}`, public: topicPage(Number(id)) };
    case 'topic_divisions': {
      const [topicId, divisionId] = id.split(':').map(Number) as [number, number];
      return { admin: `/admin/topics/${topicId}`, public: topicPage(topicId) ?? divisionPage(divisionId) };
    }
    case 'users':
      return { admin: `/admin/accounts/${id}`, public: null };
    default:
      return { admin: null, public: null };
  }
}

/** One field of a change: its label, and its value before and after in words (null where it had none). */
export type FieldChange = {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  /** For a long text changed in place: the words removed and added. */
  parts?: TextPart[];
};

const LONG_TEXT = 80;
const MAX_VOTE_ROWS = 50;

/** Before and after, field by field, in words. A creation or deletion lists every field it had. */
export function diffRevision(revision: Pick<RevisionRow, 'tableName' | 'before' | 'after'>, names: NameBook): FieldChange[] {
  const { tableName, before, after } = revision;
  if (tableName === 'batches') return [];
  if (tableName === 'division_votes') return diffVotes(before, after, names);
  const words = (s: Snapshot | null, key: string) => (s === null || isBlank(s[key]) ? null : childWords(tableName, key, s[key], names));
  return changedKeys(before, after).map((key) => {
    const change: FieldChange = { key, label: fieldLabel(tableName, key), before: words(before, key), after: words(after, key) };
    if (change.before && change.after && typeof before?.[key] === 'string' && (change.before.length > LONG_TEXT || change.after.length > LONG_TEXT)) {
      const parts = diffWords(change.before, change.after);
      if (parts) change.parts = parts;
    }
    return change;
  });
}

/** A division's votes, whips and links as a deletion or restoration keeps them, counted and named. */
function childWords(tableName: string, key: string, value: unknown, names: NameBook): string {
  if (tableName === 'divisions' && Array.isArray(value)) {
    if (key === 'votes') {
      const rows = value as VoteRow[];
      const count = (p: string) => rows.filter((v) => v.position === p).length;
      return `${plural(rows.length, 'vote')}: ${count('aye')} voted for, ${count('no')} voted against, ${count('both')} in both lobbies, ${count('absent')} with no vote recorded`;
    }
    if (key === 'whips') {
      return (value as Snapshot[]).map((w) => `${valueWords('whips', 'partyId', w.partyId, names)}: ${valueWords('whips', 'instruction', w.instruction, names)}`).join('\n');
    }
    if (key === 'postsEndedOver') return plural(value.length, 'post');
    if (key === 'topicLinks') {
      return (value as Snapshot[]).map((l) => `${valueWords('topic_divisions', 'topicId', l.topicId, names)} (supported by ${l.supportingLobby})`).join('\n');
    }
  }
  return valueWords(tableName, key, value, names);
}

function voteWords(v: VoteRow | undefined, names: NameBook): string | null {
  if (!v) return null;
  const extra = [v.isTeller ? 'teller' : null, v.proxyName ? `by proxy: ${v.proxyName}` : null].filter(Boolean);
  return `${valueWords('votes', 'position', v.position, names)}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

function diffVotes(before: Snapshot | null, after: Snapshot | null, names: NameBook): FieldChange[] {
  const old = new Map(votesOf(before).map((v) => [v.personId, v]));
  const now = new Map(votesOf(after).map((v) => [v.personId, v]));
  const people = [...new Set([...old.keys(), ...now.keys()])];
  const rows = people
    .map((personId) => ({
      key: `vote-${personId}`,
      label: names.persons.get(personId)?.name ?? `person #${personId}`,
      before: voteWords(old.get(personId), names),
      after: voteWords(now.get(personId), names),
    }))
    .filter((r) => r.before !== r.after)
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  if (rows.length <= MAX_VOTE_ROWS) return rows;
  return [
    ...rows.slice(0, MAX_VOTE_ROWS),
    { key: 'more', label: `and ${plural(rows.length - MAX_VOTE_ROWS, 'more vote')}`, before: null, after: null },
  ];
}

export { longUkDate, EMPTY };
