// The words the history uses for a record's fields and values: what an editor sees on the forms, never the
// code's names (personId, endReason) or raw enum values (shadow_minister).
import { POST_KIND_LABELS } from '@/lib/domain';

/** Names of the records a list of changes refers to, read in one query for the whole page (db/queries/revisions.ts). */
export type NameBook = {
  parties: Map<number, { name: string; abbreviation: string }>;
  persons: Map<number, { name: string; parliamentId: number | null }>;
  divisions: Map<number, { officialId: number | null; title: string; date: string }>;
  topics: Map<number, { title: string; slug: string }>;
  constituencies: Map<number, { name: string }>;
};

export const emptyNameBook = (): NameBook => ({
  parties: new Map(),
  persons: new Map(),
  divisions: new Map(),
  topics: new Map(),
  constituencies: new Map(),
});

/** What a kind of record is called, in the singular and plural. */
export const RECORD_NOUNS: Record<string, { one: string; many: string }> = {
  persons: { one: 'person', many: 'people' },
  memberships: { one: 'membership', many: 'memberships' },
  posts: { one: 'post', many: 'posts' },
  divisions: { one: 'division', many: 'divisions' },
  division_votes: { one: 'vote', many: 'votes' },
  whips: { one: 'whip', many: 'whips' },
  topics: { one: 'topic', many: 'topics' },
  topic_divisions: { one: 'topic link', many: 'topic links' },
  stances: { one: 'statement', many: 'statements' },
  batches: { one: 'bulk change', many: 'bulk changes' },
  users: { one: 'account', many: 'accounts' },
};

export function nounFor(tableName: string, count = 1): string {
  const noun = RECORD_NOUNS[tableName] ?? { one: tableName, many: tableName };
  return count === 1 ? noun.one : noun.many;
}

const COMMON_LABELS: Record<string, string> = {
  personId: 'Person',
  partyId: 'Party',
  divisionId: 'Division',
  topicId: 'Topic',
  constituencyId: 'Seat',
  house: 'House',
  startDate: 'Started',
  endDate: 'Ended',
  endReason: 'How it ended',
  endReasonNote: 'What the sources say about how it ended',
  endedOverDivisionId: 'Ended over division',
  kind: 'Kind',
  side: 'Side',
  title: 'Title',
  department: 'Department',
  note: 'Public note',
  editorNote: 'Editors’ note (not public)',
  sources: 'Sources',
  officialId: 'Official id',
  importKey: 'Import key',
  instruction: 'Whip',
  strength: 'Strength',
  basis: 'Basis',
  heldAt: 'Date and time',
  date: 'Sitting day',
  number: 'Number in the session',
  officialTitle: 'Official title',
  shortTitle: 'Short title',
  motionText: 'Motion text',
  motionTextSource: 'Where the motion text comes from',
  movedBy: 'Moved by',
  ayeCount: 'Ayes (official count)',
  noCount: 'Noes (official count)',
  resultText: 'Result',
  isDeferred: 'Deferred division',
  publicationUpdated: 'Official record last updated',
  hansardUrl: 'Hansard web address',
  hansardReference: 'Hansard reference',
  parliamentId: 'Parliament member id',
  twfyId: 'TheyWorkForYou id',
  name: 'Name',
  sortName: 'Sort name',
  slug: 'Slug',
  needsReview: 'Needs review',
  postsKnown: 'Posts known to be complete',
  postsKnownOn: 'Posts known up to',
  datesBasis: 'Where the dates come from',
  speaker: 'Who said it',
  position: 'Position',
  label: 'Short label',
  quote: 'Quote',
  statedOn: 'Said on',
  said: 'Said before or after the vote',
  sourceUrl: 'Source',
  sourceTitle: 'Source title',
  sourceOutlet: 'Outlet',
  confidence: 'Confidence',
  supportingLobby: 'Lobby that supports the topic',
  description: 'Description',
  votes: 'Votes',
  whips: 'Whips',
  topicLinks: 'Topic links',
  postsEndedOver: 'Posts that name it as the vote they ended over',
  email: 'Email address',
  role: 'Role',
  banned: 'Disabled',
  isTeller: 'Teller',
  proxyName: 'Proxy',
};

const TABLE_LABELS: Record<string, Record<string, string>> = {
  memberships: { endReason: 'Why it ended' },
  posts: { officialId: 'Members API post id', partyId: 'Party' },
  stances: { position: 'Stance', kind: 'Kind of source', partyId: 'Party (for a party line)' },
  votes: { position: 'Vote', partyId: 'Party on the day', constituencyId: 'Seat on the day' },
};

/** A field's label in words, e.g. "endReason" of a post → "How it ended". */
export function fieldLabel(tableName: string, key: string): string {
  return TABLE_LABELS[tableName]?.[key] ?? COMMON_LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** The order fields are shown in: the ones that say what a record is first, notes and bookkeeping last. */
const FIELD_ORDER = [
  'name',
  'title',
  'personId',
  'speaker',
  'partyId',
  'topicId',
  'divisionId',
  'instruction',
  'strength',
  'basis',
  'officialId',
  'heldAt',
  'number',
  'officialTitle',
  'shortTitle',
  'kind',
  'side',
  'department',
  'constituencyId',
  'position',
  'label',
  'quote',
  'statedOn',
  'said',
  'startDate',
  'endDate',
  'endReason',
  'endReasonNote',
  'endedOverDivisionId',
  'supportingLobby',
];

export function fieldRank(key: string): number {
  const index = FIELD_ORDER.indexOf(key);
  return index === -1 ? FIELD_ORDER.length : index;
}

const ENUM_WORDS: Record<string, Record<string, string>> = {
  instruction: { aye: 'vote aye (for)', no: 'vote no (against)', abstain: 'abstain', free: 'free vote' },
  strength: { '1': 'one-line whip', '2': 'two-line whip', '3': 'three-line whip' },
  basis: { reported: 'reported (a source says so)', inferred: 'inferred' },
  kind: {
    ...POST_KIND_LABELS,
    statement: 'Statement',
    letter: 'Letter',
    social_post: 'Social media post',
    speech: 'Speech',
    interview: 'Interview',
  },
  side: { government: 'Government', opposition: 'Opposition' },
  endReason: { resigned: 'resigned', sacked: 'sacked', reshuffle: 'reshuffle', election: 'election', unknown: 'not known' },
  position: {
    supports: 'supports',
    opposes: 'opposes',
    mixed: 'mixed',
    other: 'other',
    aye: 'voted for (aye)',
    no: 'voted against (no)',
    both: 'both lobbies (a recorded abstention)',
    absent: 'no vote recorded',
  },
  said: { before: 'before the vote', after: 'after the vote', unknown: 'not known' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  supportingLobby: { aye: 'aye (voting for supports it)', no: 'no (voting against supports it)' },
  house: { commons: 'House of Commons', lords: 'House of Lords' },
  datesBasis: { official: 'an official record', editor: 'an editor', record: 'the division records only' },
  postsKnown: { official: 'yes, imported from the Members API', editor: 'yes, an editor says so' },
  role: { editor: 'editor', admin: 'admin' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-11-08" → "8 November 2023"; anything else unchanged. */
export function longUkDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** A day and time as the record gives it, UK local already: "2023-11-15T19:14:00" → "15 November 2023, 19:14". */
function recordDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${longUkDate(match[1]!)}, ${match[2]}` : iso;
}

export const EMPTY = '(none)';

/** One value in words, with the names of the records it points to. */
export function valueWords(tableName: string, key: string, value: unknown, names: NameBook): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    switch (key) {
      case 'partyId':
        return names.parties.get(value)?.name ?? `party #${value}`;
      case 'personId':
        return names.persons.get(value)?.name ?? `person #${value}`;
      case 'divisionId':
      case 'endedOverDivisionId':
        return divisionName(value, names);
      case 'topicId':
        return names.topics.get(value) ? `“${names.topics.get(value)!.title}”` : `topic #${value}`;
      case 'constituencyId':
        return names.constituencies.get(value)?.name ?? `seat #${value}`;
      case 'strength':
        return ENUM_WORDS.strength![String(value)] ?? String(value);
      default:
        return value.toLocaleString('en-GB');
    }
  }
  if (typeof value === 'string') {
    const words = ENUM_WORDS[key]?.[value];
    if (words) return words;
    if (key === 'heldAt') return recordDateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longUkDate(value);
    if (key === 'publicationUpdated' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return recordDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (key === 'sources') {
      return (value as { url?: string; title?: string; note?: string }[])
        .map((s) => [s.url, s.title ? `“${s.title}”` : null, s.note ? `(${s.note})` : null].filter(Boolean).join(' '))
        .join('\n');
    }
    return `${value.length} ${value.length === 1 ? 'row' : 'rows'}`;
  }
  return JSON.stringify(value);
}

/** "division 1666", or "division #12" for one with no official id. */
export function divisionName(id: number, names: NameBook): string {
  const d = names.divisions.get(id);
  if (!d) return `division #${id}`;
  return d.officialId !== null ? `division ${d.officialId}` : `division #${id} (${longUkDate(d.date)})`;
}
