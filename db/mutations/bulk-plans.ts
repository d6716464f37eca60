import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PostLine } from '@/lib/import/bulk/posts';
import type { BulkProblem } from '@/lib/import/bulk/problems';
import type { StatementLine } from '@/lib/import/bulk/statements';
import type { BulkItemSummary } from '@/lib/import/bulk/summary';
import type { WhipLine } from '@/lib/import/bulk/whips';
import type { Db } from '../connection';
import { posts, stances, topicDivisions, votes, whips, type Source } from '../schema';
import { BulkLookups } from './bulk-lookups';
import { sameContent, type Snapshot } from './records';
import { countPartyMembersInDivision } from './whip-records';

// What each line of a bulk file would do to the record: checked against what is held (the references exist, the
// rules the forms apply hold), matched to the record it updates, and compared with it. Nothing is written here.

export type PlannedItem = BulkItemSummary & {
  table: 'whips' | 'posts' | 'stances';
  /** The record the line updates, or null for a new one. */
  id: number | null;
  /** The record's values as the line gives them (for a new one, the whole record). */
  values: Snapshot;
  /** The people and divisions whose public pages show the record, before and after. */
  personIds: number[];
  divisionIds: number[];
};

export type Plan = { items: PlannedItem[]; problems: BulkProblem[] };

/**
 * The sources a line gives, keeping what the record already says of the same addresses (a title, an outlet, a
 * note the line does not give), so that a file listing the sources by address alone changes nothing else.
 */
function mergeSources(held: ReadonlyArray<Source> | null | undefined, given: ReadonlyArray<Source>): Source[] {
  return given.map((source) => {
    const same = held?.find((h) => h.url === source.url);
    return same ? { ...same, ...source } : source;
  });
}

/** new / changed / unchanged, with what changed in a few words. */
function compare(current: Snapshot | null, values: Snapshot, describe: (from: Snapshot, to: Snapshot) => string | null): Pick<PlannedItem, 'status' | 'detail'> {
  if (current === null) return { status: 'new', detail: describe({}, values) };
  const after = { ...current, ...values };
  if (sameContent(current, after)) return { status: 'unchanged', detail: null };
  return { status: 'changed', detail: describe(current, after) };
}

/** "instruction abstain → no, strength 3 → none"; or "3 fields" when more change than are worth listing. */
function changedFields(from: Snapshot, to: Snapshot, fields: ReadonlyArray<[string, string]>): string {
  const show = (v: unknown) => (v === null || v === undefined ? 'none' : typeof v === 'object' ? `${(v as unknown[]).length} source(s)` : String(v));
  const changed = fields.filter(([key]) => JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null));
  if (changed.length === 0) return 'sources or notes';
  return changed.map(([key, label]) => (['note', 'sources', 'quote', 'end reason note'].includes(label) ? label : `${label} ${show(from[key])} → ${show(to[key])}`)).join(', ');
}

const possessive = (name: string) => `${name}’${name.endsWith('s') ? '' : 's'}`;

export function planWhips(db: Db, lines: ReadonlyArray<WhipLine>): Plan {
  const lookups = new BulkLookups(db);
  const items: PlannedItem[] = [];
  const problems: BulkProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const line of lines) {
    const division = lookups.division(line.division);
    const party = lookups.party(line.party);
    if (!division.ok) problems.push({ line: line.line, column: 'division', message: division.message });
    if (!party.ok) problems.push({ line: line.line, column: 'party', message: party.message });
    if (!division.ok || !party.ok) continue;
    const divisionId = division.value.id;
    const partyId = party.value.id;
    // The rules of saveWhip (db/mutations/whip-records.ts), in its words.
    const members = countPartyMembersInDivision(db, divisionId, partyId)!;
    const refusal =
      members.kind === 'independent'
        ? `${members.name} members have no party whip: a whip is for a party`
        : members.kind === 'speaker'
          ? `the ${members.name} takes no whip: the Chair does not vote with a party`
          : members.members === 0
            ? `${members.name} has no members in division ${line.division}: a whip needs at least one member who sat that day`
            : null;
    if (refusal) {
      problems.push({ line: line.line, column: 'party', message: refusal });
      continue;
    }
    const key = `${divisionId}:${partyId}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push({ line: line.line, column: 'party', message: `${possessive(party.value.name)} whip on division ${line.division} is also on line ${earlier}: give each whip once` });
      continue;
    }
    firstLine.set(key, line.line);
    const current = (db.select().from(whips).where(and(eq(whips.divisionId, divisionId), eq(whips.partyId, partyId))).get() as Snapshot | undefined) ?? null;
    const values: Snapshot = {
      ...(current ? {} : { divisionId, partyId }),
      instruction: line.instruction,
      strength: line.strength,
      basis: line.basis,
      note: line.note,
      sources: mergeSources(current?.sources as Source[] | undefined, line.sources),
    };
    const voters = db
      .select({ personId: votes.personId })
      .from(votes)
      .where(sql`${votes.divisionId} = ${divisionId} and ${votes.partyId} = ${partyId}`)
      .all()
      .map((v) => v.personId);
    items.push({
      line: line.line,
      table: 'whips',
      id: current ? Number(current.id) : null,
      label: `${possessive(party.value.name)} whip on division ${line.division}`,
      ...compare(current, values, (from, to) =>
        current === null
          ? `${to.instruction}${to.strength ? `, ${to.strength}-line` : ''}, ${to.basis}`
          : changedFields(from, to, [['instruction', 'instruction'], ['strength', 'strength'], ['basis', 'basis'], ['note', 'note'], ['sources', 'sources']]),
      ),
      notes: line.notes,
      values,
      personIds: voters,
      divisionIds: [divisionId],
    });
  }
  return { items, problems };
}

export function planPosts(db: Db, lines: ReadonlyArray<PostLine>): Plan {
  const lookups = new BulkLookups(db);
  const items: PlannedItem[] = [];
  const problems: BulkProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const line of lines) {
    const person = lookups.person(line.person);
    const party = line.party === null ? null : lookups.party(line.party);
    const division = line.endedOverDivision === null ? null : lookups.division(line.endedOverDivision);
    if (!person.ok) problems.push({ line: line.line, column: 'person', message: person.message });
    if (party && !party.ok) problems.push({ line: line.line, column: 'party', message: party.message });
    if (division && !division.ok) problems.push({ line: line.line, column: 'ended_over_division', message: division.message });
    if (!person.ok || (party && !party.ok) || (division && !division.ok)) continue;
    const key = `${person.value.id}|${line.title.toLowerCase()}|${line.startDate ?? ''}`;
    const earlier = firstLine.get(key);
    const label = `${person.value.name}, ${line.title}${line.startDate ? ` from ${line.startDate}` : ''}`;
    if (earlier !== undefined) {
      problems.push({ line: line.line, column: 'title', message: `${label} is also on line ${earlier}: give each post once (a post is matched by person, title and start_date)` });
      continue;
    }
    firstLine.set(key, line.line);
    const held = db
      .select()
      .from(posts)
      .where(
        and(
          eq(posts.personId, person.value.id),
          sql`lower(${posts.title}) = lower(${line.title})`,
          line.startDate === null ? isNull(posts.startDate) : eq(posts.startDate, line.startDate),
        ),
      )
      .all() as Snapshot[];
    if (held.length > 1) {
      problems.push({ line: line.line, column: 'title', message: `${held.length} posts held match ${label} (#${held.map((h) => h.id).join(', #')}): correct them in the admin first` });
      continue;
    }
    const current = held[0] ?? null;
    const divisionId = division?.ok ? division.value.id : null;
    const values: Snapshot = {
      personId: person.value.id,
      title: line.title,
      kind: line.kind,
      side: line.side,
      partyId: party?.ok ? party.value.id : null,
      department: line.department,
      startDate: line.startDate,
      endDate: line.endDate,
      endReason: line.endReason,
      endReasonNote: line.endReasonNote,
      endedOverDivisionId: divisionId,
      note: line.note,
      sources: mergeSources(current?.sources as Source[] | undefined, line.sources),
    };
    const divisionIds = [divisionId, current?.endedOverDivisionId as number | null | undefined].filter((d): d is number => typeof d === 'number');
    items.push({
      line: line.line,
      table: 'posts',
      id: current ? Number(current.id) : null,
      label,
      ...compare(current, values, (from, to) =>
        current === null
          ? `${String(to.kind).replace('_', ' ')}${to.endDate ? `, ended ${to.endDate}` : ''}`
          : changedFields(from, to, [
              ['kind', 'kind'], ['side', 'side'], ['partyId', 'party'], ['department', 'department'], ['endDate', 'end date'], ['endReason', 'end reason'],
              ['endReasonNote', 'end reason note'], ['endedOverDivisionId', 'division'], ['note', 'note'], ['sources', 'sources'], ['title', 'title'],
            ]),
      ),
      notes: [],
      values,
      personIds: [person.value.id],
      divisionIds,
    });
  }
  return { items, problems };
}

export function planStatements(db: Db, lines: ReadonlyArray<StatementLine>): Plan {
  const lookups = new BulkLookups(db);
  const items: PlannedItem[] = [];
  const problems: BulkProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const line of lines) {
    const person = line.person === null ? null : lookups.person(line.person);
    const party = line.party === null ? null : lookups.party(line.party);
    const topic = lookups.topic(line.topic);
    if (person && !person.ok) problems.push({ line: line.line, column: 'person', message: person.message });
    if (party && !party.ok) problems.push({ line: line.line, column: 'party', message: party.message });
    if (!topic.ok) problems.push({ line: line.line, column: 'topic', message: topic.message });
    if ((person && !person.ok) || (party && !party.ok) || !topic.ok) continue;
    const personId = person?.ok ? person.value.id : null;
    const partyId = party?.ok ? party.value.id : null;
    const speaker = line.speaker ?? (person?.ok ? person.value.name : party?.ok ? party.value.name : null)!;
    const words = line.quote ?? line.label;
    const key = `${personId ?? `party ${partyId}`}|${topic.value.id}|${line.sourceUrl}|${words}`;
    const earlier = firstLine.get(key);
    const shortWords = words.length > 60 ? `${words.slice(0, 57)}…` : words;
    const label = `${speaker} on ${topic.value.title}: “${shortWords}”`;
    if (earlier !== undefined) {
      problems.push({ line: line.line, column: line.quote ? 'quote' : 'label', message: `the same statement (speaker, topic, source and ${line.quote ? 'quote' : 'label'}) is also on line ${earlier}: give each once` });
      continue;
    }
    firstLine.set(key, line.line);
    const held = (
      db
        .select()
        .from(stances)
        .where(
          and(
            eq(stances.topicId, topic.value.id),
            eq(stances.sourceUrl, line.sourceUrl),
            personId !== null ? eq(stances.personId, personId) : and(isNull(stances.personId), eq(stances.partyId, partyId!)),
          ),
        )
        .all() as Snapshot[]
    ).filter((s) => (line.quote !== null ? s.quote === line.quote : s.quote === null && s.label === line.label));
    if (held.length > 1) {
      problems.push({ line: line.line, column: 'quote', message: `${held.length} statements held match this line (#${held.map((h) => h.id).join(', #')}): correct them in the admin first` });
      continue;
    }
    const current = held[0] ?? null;
    const values: Snapshot = {
      personId,
      partyId,
      speaker,
      topicId: topic.value.id,
      position: line.position,
      label: line.label,
      quote: line.quote,
      statedOn: line.statedOn,
      said: line.said,
      kind: line.kind,
      sourceUrl: line.sourceUrl,
      sourceTitle: line.sourceTitle,
      sourceOutlet: line.sourceOutlet,
      confidence: line.confidence,
      note: line.note,
    };
    const linked = db.select({ divisionId: topicDivisions.divisionId }).from(topicDivisions).where(eq(topicDivisions.topicId, topic.value.id)).all();
    items.push({
      line: line.line,
      table: 'stances',
      id: current ? Number(current.id) : null,
      label,
      ...compare(current, values, (from, to) =>
        current === null
          ? `${to.position}${to.statedOn ? `, said ${to.statedOn}` : ''}`
          : changedFields(from, to, [
              ['position', 'position'], ['label', 'label'], ['statedOn', 'date'], ['said', 'said'], ['kind', 'kind'], ['confidence', 'confidence'],
              ['speaker', 'speaker'], ['partyId', 'party'], ['sourceTitle', 'source title'], ['sourceOutlet', 'source outlet'], ['note', 'note'],
            ]),
      ),
      notes: [],
      values,
      personIds: personId === null ? [] : [personId],
      divisionIds: linked.map((l) => l.divisionId),
    });
  }
  return { items, problems };
}
