import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { nationOfOnsCode } from '@/lib/domain/nation';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { parseCsv } from '@/lib/import/csv';
import { ImportError } from '@/lib/import/errors';
import { parseSourceList } from '@/lib/import/sources';
import { editorialSchema, type Editorial } from '@/lib/validation/editorial';
import {
  boundaryRowSchema,
  departureRowSchema,
  divisionRowSchema,
  memberRowSchema,
  parseRows,
  stanceRowSchema,
  whipRowSchema,
} from '@/lib/validation/record-csv';
import type { AppDatabase, Db } from './connection';
import { saveDivisionRecord } from './mutations/divisions';
import { ensureParties, ensurePersons } from './mutations/people';
import { constituencies, divisions, importRuns, parties, posts, stances, topicDivisions, topics, whips, type Source } from './schema';

export const DEFAULT_EDITORIAL_FILE = 'data/editorial/commons-2023-11-15.json';

export type SeedResult = { status: 'seeded' | 'already-seeded'; runId: number | null; summary: Record<string, number> };

const DIVISION_FILE = 'commonsvotes-division-1666.json';

/** Published boundary sets loaded beside the record's own seats: ONS codes and names (data/constituencies/README.md). */
export const BOUNDARY_SETS = [{ file: 'data/constituencies/westminster-2024.csv', validFrom: '2024-07-04' }] as const;
const FILES = ['members.csv', 'divisions.csv', 'whips.csv', 'frontbench-departures.csv', 'stances.csv', DIVISION_FILE] as const;

/**
 * Loads the real record of 15 November 2023 into an empty or already seeded database. Everything is
 * read and checked before anything is written, the writes happen in one transaction, and each row is
 * inserted only if it is not there yet, so a re-run changes nothing and an editor's corrections stay.
 * The division itself goes through the same loader as any Commons Votes API record.
 */
export function seedDatabase(db: AppDatabase, editorialFile = DEFAULT_EDITORIAL_FILE, root = process.cwd()): SeedResult {
  const editorial = readEditorial(path.resolve(root, editorialFile));
  const dir = path.resolve(root, editorial.recordDir);
  const texts = Object.fromEntries(FILES.map((f) => [f, readText(path.join(dir, f))])) as Record<(typeof FILES)[number], string>;
  const boundaryTexts = BOUNDARY_SETS.map((set) => [set.file, readText(path.resolve(root, set.file))] as const);
  const hashes = Object.fromEntries(
    [
      ...FILES.map((f) => [`${editorial.recordDir}/${f}`, texts[f]]),
      [editorialFile, fs.readFileSync(path.resolve(root, editorialFile), 'utf8')],
      ...boundaryTexts,
    ].map(
      ([name, text]) => [name as string, createHash('sha256').update(text as string).digest('hex')],
    ),
  );

  const source = `seed:${editorial.recordDir}`;
  const previous = db
    .select({ id: importRuns.id, responseHashes: importRuns.responseHashes })
    .from(importRuns)
    .where(and(eq(importRuns.source, source), eq(importRuns.status, 'succeeded')))
    .all()
    .at(-1);
  if (previous && JSON.stringify(previous.responseHashes) === JSON.stringify(hashes)) {
    return { status: 'already-seeded', runId: previous.id, summary: {} };
  }

  const file = (name: string) => `${editorial.recordDir}/${name}`;
  const members = parseRows(memberRowSchema, parseCsv(texts['members.csv'], file('members.csv')), file('members.csv'));
  const [divisionRow] = parseRows(divisionRowSchema, parseCsv(texts['divisions.csv'], file('divisions.csv')), file('divisions.csv'));
  const whipRows = parseRows(whipRowSchema, parseCsv(texts['whips.csv'], file('whips.csv')), file('whips.csv'));
  const departures = parseRows(
    departureRowSchema,
    parseCsv(texts['frontbench-departures.csv'], file('frontbench-departures.csv')),
    file('frontbench-departures.csv'),
  );
  const stanceRows = parseRows(stanceRowSchema, parseCsv(texts['stances.csv'], file('stances.csv')), file('stances.csv'));
  const boundarySets = BOUNDARY_SETS.map((set, i) => ({
    ...set,
    rows: parseRows(boundaryRowSchema, parseCsv(boundaryTexts[i]![1], set.file), set.file),
  }));
  const division = parseDivisionJson(texts[DIVISION_FILE], file(DIVISION_FILE));
  if (!divisionRow || divisionRow.commons_votes_division_id !== division.officialId) {
    throw new ImportError(file('divisions.csv'), 'commons_votes_division_id', `expected ${division.officialId}`);
  }

  const startedAt = new Date().toISOString();
  const summary: Record<string, number> = {};
  const count = (key: string, n: number) => (summary[key] = (summary[key] ?? 0) + n);

  const runId = db.transaction((tx) => {
    // Parties and people from the member list, with colours from the division record or the editors.
    const colourFromRecord = new Map(division.votes.filter((v) => v.partyColour).map((v) => [v.partyAbbreviation ?? v.partyName, v.partyColour]));
    const partyRefs = members.map((m) => {
      const abbreviation = m.party_abbreviation || null;
      const key = abbreviation ?? m.party;
      return { name: m.party, abbreviation, colour: colourFromRecord.get(key) ?? null };
    });
    const partiesBefore = countRows(tx, parties);
    const partyFor = ensureParties(tx, partyRefs);
    count('parties', countRows(tx, parties) - partiesBefore);
    for (const row of tx.select({ id: parties.id, abbreviation: parties.abbreviation, colour: parties.colour }).from(parties).all()) {
      const colour = editorial.partyColours[row.abbreviation];
      if (!row.colour && colour) tx.update(parties).set({ colour }).where(eq(parties.id, row.id)).run();
    }

    const { idFor, created } = ensurePersons(
      tx,
      members.map((m) => ({
        parliamentId: m.parliament_member_id,
        name: m.name,
        twfyId: m.twfy_person_id,
        sortName: editorial.sortNames[String(m.parliament_member_id)],
      })),
      { flagNew: false },
    );
    count('people', created.length);

    const seatRows = members.map((m) => ({
      name: m.constituency,
      onsCode: m.ons_constituency_code_2010_boundaries,
      parliamentId: m.parliament_constituency_id,
      validFrom: editorial.constituencyPeriod.validFrom,
      validTo: editorial.constituencyPeriod.validTo,
      nation: nationOfOnsCode(m.ons_constituency_code_2010_boundaries),
    }));
    count('constituencies', insertMissing(tx, constituencies, seatRows));
    count('constituencies', seedBoundarySets(tx, boundarySets));

    // The division, through the importer's own loader: it records each member's party and seat on the day as a
    // membership seen in the record, as it does for any division.
    // The division, through the importer's own loader.
    const saved = saveDivisionRecord(tx, division, { actor: { label: 'seed' }, flagNewMembers: true });
    count('divisions', saved.status === 'new' ? 1 : 0);
    count('votes', saved.status === 'new' ? saved.votes : 0);
    const divisionId = saved.divisionId;
    const titled = titleSources(editorial);
    fillDivisionMetadata(tx, divisionId, divisionRow, editorial, titled);

    // Whips: only instructions the vocabulary has; "unknown" and "n/a" mean no whip is recorded.
    const whipValues = whipRows.flatMap((w) => {
      const instruction = w.whip_instruction.toLowerCase();
      if (!['aye', 'no', 'abstain', 'free'].includes(instruction)) return [];
      const partyId = partyFor({ name: w.party, abbreviation: null, colour: null });
      if (partyId === null) throw new ImportError(file('whips.csv'), `party "${w.party}"`, 'no member of this party sits on the day');
      return [
        {
          divisionId,
          partyId,
          instruction: instruction as 'aye' | 'no' | 'abstain' | 'free',
          strength: /three-line/i.test(w.whip_strength) ? 3 : /two-line/i.test(w.whip_strength) ? 2 : /one-line/i.test(w.whip_strength) ? 1 : null,
          basis: w.basis.toLowerCase().startsWith('reported') ? ('reported' as const) : ('inferred' as const),
          note: editorial.whipNotes[w.party] ?? null,
          editorNote: w.notes || null,
          sources: titled(parseSourceList(w.source_url)),
        },
      ];
    });
    count('whips', insertMissing(tx, whips, whipValues));
    fillNewFields(tx, whips, whipValues, (w) => and(eq(whips.divisionId, w.divisionId), eq(whips.partyId, w.partyId)));

    // Posts that ended: the editors' reading of each departure.
    const labour = partyFor({ name: 'Labour', abbreviation: 'Lab', colour: null });
    const postValues = departures.map((d) => {
      const choice = editorial.posts.find((p) => p.memberId === d.parliament_member_id);
      if (!choice) throw new ImportError(editorialFile, 'posts', `no entry for member ${d.parliament_member_id} (${d.name})`);
      const personId = idFor.get(d.parliament_member_id);
      if (personId === undefined) throw new ImportError(file('frontbench-departures.csv'), `member ${d.parliament_member_id}`, 'not in members.csv');
      return {
        personId,
        title: choice.title,
        kind: choice.kind,
        side: 'opposition' as const,
        partyId: labour,
        department: choice.department,
        startDate: null,
        endDate: d.date,
        endReason: choice.endReason,
        endReasonNote: choice.endReasonNote ?? (d.outcome === choice.endReason ? null : d.outcome),
        endedOverDivisionId: choice.endedOverDivision ? divisionId : null,
        note: choice.note ?? null,
        editorNote: d.notes || null,
        sources: titled(parseSourceList(d.source_url)),
        importKey: `${editorial.recordDir}/frontbench-departures/${d.parliament_member_id}`,
      };
    });
    count('posts', insertMissing(tx, posts, postValues));
    fillNewFields(tx, posts, postValues, (p) => eq(posts.importKey, p.importKey as string));

    // The topic, the divisions bearing on it, and what people said.
    insertMissing(tx, topics, [{ slug: editorial.topic.slug, title: editorial.topic.title, description: editorial.topic.description }]);
    const topic = tx.select({ id: topics.id }).from(topics).where(eq(topics.slug, editorial.topic.slug)).get();
    if (!topic) throw new Error('topic missing after insert');
    const links = editorial.topic.divisions.map((link) => {
      const row = tx.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, link.officialId)).get();
      if (!row) throw new ImportError(editorialFile, 'topic.divisions', `division ${link.officialId} is not in the database`);
      return { topicId: topic.id, divisionId: row.id, supportingLobby: link.supportingLobby };
    });
    insertMissing(tx, topicDivisions, links);

    const stanceValues = stanceRows.map((s, i) => {
      const choice = editorial.stances.find((c) => c.row === i + 1);
      if (!choice || choice.speaker !== s.name) {
        throw new ImportError(editorialFile, `stances row ${i + 1}`, `expected an entry for "${s.name}"`);
      }
      const personId = s.parliament_member_id === null ? null : (idFor.get(s.parliament_member_id) ?? null);
      const partyId = choice.party ? partyFor({ name: null, abbreviation: choice.party, colour: null }) : null;
      if (personId === null && partyId === null) {
        throw new ImportError(file('stances.csv'), `row ${i + 2}`, `"${s.name}" is neither a known member nor given a party`);
      }
      return {
        topicId: topic.id,
        personId,
        partyId,
        speaker: s.name,
        position: choice.position,
        label: s.position,
        quote: s.quote || null,
        statedOn: s.date,
        said: s.said,
        kind: choice.kind,
        sourceUrl: s.source_url,
        sourceTitle: editorial.sources[s.source_url]?.title ?? null,
        sourceOutlet: editorial.sources[s.source_url]?.outlet ?? null,
        confidence: choice.confidence,
        note: choice.note ?? null,
        editorNote: s.notes || null,
        importKey: `${editorial.recordDir}/stances/${i + 1}`,
      };
    });
    count('stances', insertMissing(tx, stances, stanceValues));
    fillNewFields(tx, stances, stanceValues, (st) => eq(stances.importKey, st.importKey as string));

    const [run] = tx
      .insert(importRuns)
      .values({
        source,
        startedAt,
        finishedAt: new Date().toISOString(),
        status: 'succeeded',
        counts: { new: Object.values(summary).reduce((a, b) => a + b, 0), changed: 0, unchanged: 0, skipped: 0, failed: 0 },
        responseHashes: hashes,
      })
      .returning({ id: importRuns.id })
      .all();
    return run?.id ?? null;
  });

  return { status: 'seeded', runId, summary };
}

function countRows(db: Db, table: typeof parties): number {
  return db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
}

/** Inserts the rows whose unique keys are not taken yet; returns how many were new. */
function insertMissing<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, rows: T['$inferInsert'][]): number {
  let added = 0;
  for (let i = 0; i < rows.length; i += 100) {
    added += db
      .insert(table)
      .values(rows.slice(i, i + 100))
      .onConflictDoNothing()
      .run().changes;
  }
  return added;
}

/**
 * Editors' fields of the division that the official record lacks; filled only where still empty (or still the
 * record's research text, which earlier seeds showed). The record's own wording is kept as the editors' note.
 */
function fillDivisionMetadata(
  db: Db,
  divisionId: number,
  row: ReturnType<typeof divisionRowSchema.parse>,
  editorial: Editorial,
  titled: (sources: Source[]) => Source[],
) {
  const current = db.select().from(divisions).where(eq(divisions.id, divisionId)).get();
  if (!current) return;
  const updates: Partial<typeof divisions.$inferInsert> = {};
  const movedBy = editorial.divisionText.movedBy ?? row.moved_by;
  const hansardReference = editorial.divisionText.hansardReference ?? row.hansard_debate;
  if (!current.shortTitle && row.short_title) updates.shortTitle = row.short_title;
  if ((!current.movedBy || current.movedBy === row.moved_by) && movedBy && current.movedBy !== movedBy) updates.movedBy = movedBy;
  if (!current.resultText && row.result) updates.resultText = row.result;
  if (!current.motionText && row.amendment_text_excerpt) updates.motionText = row.amendment_text_excerpt;
  if (!current.motionTextSource && row.amendment_text_source) updates.motionTextSource = row.amendment_text_source;
  if (!current.hansardUrl && row.hansard_source) updates.hansardUrl = row.hansard_source;
  if ((!current.hansardReference || current.hansardReference === row.hansard_debate) && hansardReference && current.hansardReference !== hansardReference) {
    updates.hansardReference = hansardReference;
  }
  // The record's source line carries where the copy came from: that provenance is the editors' (and the data README's).
  const sources = titled(parseSourceList(row.source).map(({ url }) => ({ url })));
  if (row.source && (current.sources.length === 0 || JSON.stringify(current.sources) === JSON.stringify(parseSourceList(row.source)))) {
    updates.sources = sources;
  }
  if (!current.editorNote) {
    updates.editorNote = [`Moved by (as researched): ${row.moved_by}`, `Debate (as researched): ${row.hansard_debate}`, `Source: ${row.source}`].join('\n');
  }
  if (Object.keys(updates).length > 0) db.update(divisions).set(updates).where(eq(divisions.id, divisionId)).run();
}

/** Gives each source the title and outlet the editorial file knows for its URL. */
function titleSources(editorial: Editorial): (sources: Source[]) => Source[] {
  return (sources) =>
    sources.map((s) => {
      const known = editorial.sources[s.url];
      return known ? { ...s, ...(known.title ? { title: known.title } : {}), ...(known.outlet ? { outlet: known.outlet } : {}) } : s;
    });
}

/**
 * Rows seeded before a field existed get its seeded value, where the field still holds its empty default: the
 * public note and the editors' note of whips, posts and stances, a stance's timing and its source's title.
 * What an editor changed is left alone.
 */
function fillNewFields<T extends typeof whips | typeof posts | typeof stances>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
  match: (row: T['$inferInsert']) => SQL | undefined,
): void {
  const FIELDS = ['note', 'editorNote', 'said', 'sourceTitle', 'sourceOutlet'] as const;
  for (const row of rows) {
    const where = match(row);
    if (!where) continue;
    const current = db.select().from(table as typeof whips).where(where).get() as Record<string, unknown> | undefined;
    if (!current) continue;
    const updates: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = (row as Record<string, unknown>)[field];
      if (value === undefined || value === null || !(field in current)) continue;
      const empty = current[field] === null || (field === 'said' && current[field] === 'unknown');
      if (empty && current[field] !== value) updates[field] = value;
    }
    if (Object.keys(updates).length > 0) db.update(table as typeof whips).set(updates).where(where).run();
  }
}

/**
 * The published boundary sets besides the record's own (data/constituencies): each seat is added with its ONS code
 * and nation, or, where a seat of the earlier set kept its code (its boundaries did not change), that seat runs on.
 */
function seedBoundarySets(db: Db, sets: ReadonlyArray<{ file: string; validFrom: string; rows: { ons_code: string; name: string }[] }>): number {
  let added = 0;
  for (const set of sets) {
    for (const row of set.rows) {
      const held = db.select({ id: constituencies.id, validTo: constituencies.validTo }).from(constituencies).where(eq(constituencies.onsCode, row.ons_code)).get();
      if (held) {
        if (held.validTo !== null && held.validTo < set.validFrom) {
          db.update(constituencies).set({ validTo: null }).where(eq(constituencies.id, held.id)).run();
        }
        continue;
      }
      added += db
        .insert(constituencies)
        .values({ name: row.name, onsCode: row.ons_code, validFrom: set.validFrom, validTo: null, nation: nationOfOnsCode(row.ons_code) })
        .onConflictDoNothing()
        .run().changes;
    }
  }
  return added;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ImportError(file, null, 'cannot be read (missing or not a file)');
  }
}

function readEditorial(file: string): Editorial {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, null, 'not valid JSON');
  }
  const parsed = editorialSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(file, issue ? issue.path.join('.') : null, issue?.message ?? 'wrong shape');
  }
  return parsed.data;
}
