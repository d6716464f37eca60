import type { RevisionRow } from '@/db/queries/revisions';

const KIND_LABELS: Record<string, string> = {
  persons: 'person',
  memberships: 'membership',
  posts: 'post',
  divisions: 'division',
  division_votes: 'votes',
  whips: 'whip',
  topics: 'topic',
  topic_divisions: 'topic link',
  stances: 'statement',
  users: 'account',
};

/** Account changes (app/admin/accounts) are kept for the record but made through Better Auth, not undone here. */
export function canUndo(tableName: string): boolean {
  return tableName !== 'users';
}

export const RECORD_TYPE_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

const ACTION_WORDS: Record<RevisionRow['action'], string> = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
  undo: 'undid a change to',
};

export function describeChange(revision: RevisionRow, showRecord: boolean): string {
  const kind = KIND_LABELS[revision.tableName] ?? revision.tableName;
  const name = recordName(revision);
  return `${ACTION_WORDS[revision.action]} ${kind}${showRecord ? ` ${name}` : ''}`;
}

function recordName(revision: RevisionRow): string {
  const s = revision.after ?? revision.before ?? {};
  const label = s.title ?? s.name ?? s.officialTitle ?? s.speaker ?? s.label;
  return typeof label === 'string' ? `“${label}” (#${revision.recordId})` : `#${revision.recordId}`;
}

const HIDDEN = new Set(['createdAt', 'updatedAt']);

/** The fields that differ between before and after (all of them for a creation or deletion). */
export function changedFields(revision: RevisionRow): string[] {
  const before = revision.before ?? {};
  const after = revision.after ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !HIDDEN.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) {
    if (value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'url' in value[0]) {
      return value.map((s: { url: string; note?: string }) => (s.note ? `${s.url} (${s.note})` : s.url)).join('; ');
    }
    return value.length > 5 ? `${value.length} rows` : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
