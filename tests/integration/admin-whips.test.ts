import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadDivisionRecord } from '@/db/mutations/division-upload';
import { undoRevision } from '@/db/mutations/records';
import { removeWhip, saveWhip, type WhipValues } from '@/db/mutations/whip-records';
import { divisions, parties, votes, whips } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { analyseDivision } from '@/lib/domain';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { whipFormSchema } from '@/lib/validation/whips';
import { createTempDb, tableCounts, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };
const abstain: WhipValues = { instruction: 'abstain', strength: 3, basis: 'reported', note: null, sources: [{ url: 'https://www.bbc.co.uk/news/uk-politics-67438901' }] };
const creating = { partyId: null, version: null };

describe('admin: whips', () => {
  let t: TempDb;
  let labour: number;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
    labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
  });
  afterEach(() => t.close());

  const divisionId = (officialId: number) => t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, officialId)).get()!.id;
  const labourRebels = (id: number) => {
    const facts = t.db.select({ personId: votes.personId, partyId: votes.partyId, position: votes.position, isTeller: votes.isTeller }).from(votes).where(eq(votes.divisionId, id)).all();
    const recorded = new Map(t.db.select().from(whips).where(eq(whips.divisionId, id)).all().map((w) => [w.partyId, w]));
    const result = analyseDivision(facts, t.db.select({ id: parties.id, kind: parties.kind }).from(parties).all(), recorded).parties.get(labour)!;
    return { rebels: result.rebels, againstMajority: result.rebelsAgainstMajority, whip: result.whip?.origin };
  };

  it('refuses a whip for a party with no members in the division, or for independents, and writes nothing', () => {
    t.db.insert(parties).values({ name: 'Reform UK', abbreviation: 'RUK' }).run();
    const reform = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'RUK')).get()!.id;
    const counts = tableCounts(t.db);
    const result = t.db.transaction((tx) => saveWhip(tx, divisionId(1666), reform, abstain, { actor, editing: creating }));
    expect(result).toEqual({
      status: 'refused',
      message: 'Reform UK has no members in this division: a whip needs at least one member who sat that day',
    });
    const independent = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Ind')).get()!.id;
    expect(t.db.transaction((tx) => saveWhip(tx, divisionId(1666), independent, abstain, { actor, editing: creating }))).toEqual({
      status: 'refused',
      message: 'Independent members have no party whip: a whip is for a party',
    });
    expect(tableCounts(t.db)).toEqual(counts);
  });

  it('sets Labour’s whip on the constructed copy of 1666: no whip inferred and 0 rebels, then 56 against the whip to abstain', () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/commons-votes-constructed-division.json'), 'utf8');
    const upload = t.db.transaction((tx) => uploadDivisionRecord(tx, parseDivisionJson(text, 'constructed.json'), { actor, fileName: 'constructed.json' }));
    // 56 of 197 Labour MPs voted: too few for rule 4 to infer a whip, so nobody is measured against one.
    expect(labourRebels(upload.divisionId)).toEqual({ rebels: 0, againstMajority: 0, whip: undefined });

    const saved = t.db.transaction((tx) => saveWhip(tx, upload.divisionId, labour, abstain, { actor, editing: creating }));
    expect(saved.status).toBe('saved');
    expect(labourRebels(upload.divisionId)).toEqual({ rebels: 56, againstMajority: 0, whip: 'recorded' });

    if (saved.status !== 'saved') return;
    const whip = t.db.select().from(whips).where(eq(whips.id, Number(saved.id))).get()!;
    const removed = removeWhip(t.db, whip.id, { actor, expectedUpdatedAt: whip.updatedAt });
    expect(labourRebels(upload.divisionId).rebels).toBe(0);
    if (removed.status !== 'saved') throw new Error('not removed');
    expect(undoRevision(t.db, removed.revisionId, { actor }).status).toBe('undone');
    expect(labourRebels(upload.divisionId).rebels).toBe(56);
  });

  it('changes a whip only if it is still as the editor saw it, and never creates a second one for a party', () => {
    const id = divisionId(1666);
    const current = t.db.select().from(whips).where(and(eq(whips.divisionId, id), eq(whips.partyId, labour))).get()!;
    // A form opened for a new whip, for a party that has one meanwhile: a conflict, not a duplicate.
    expect(t.db.transaction((tx) => saveWhip(tx, id, labour, abstain, { actor, editing: creating })).status).toBe('conflict');
    const editing = { partyId: labour, version: current.updatedAt };
    const changed = t.db.transaction((tx) => saveWhip(tx, id, labour, { ...abstain, strength: 2 }, { actor, editing }));
    expect(changed.status).toBe('saved');
    expect(t.db.transaction((tx) => saveWhip(tx, id, labour, { ...abstain, strength: 1 }, { actor, editing })).status).toBe('conflict');
    expect(t.db.select().from(whips).where(and(eq(whips.divisionId, id), eq(whips.partyId, labour))).all().map((w) => w.strength)).toEqual([2]);
  });

  it('asks for a source for a reported whip, and clears the strength of a free vote rather than refusing it', () => {
    const parsed = whipFormSchema.safeParse({ party: String(labour), instruction: 'free', strength: '3', basis: 'reported' });
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['sources', 'A reported whip needs a source that reports it: add its web address, or choose “inferred”'],
    ]);
    const free = whipFormSchema.parse({ party: String(labour), instruction: 'free', strength: '3', basis: 'inferred' });
    expect(free).toMatchObject({ instruction: 'free', strength: null, cleared: ['strength'] });
    expect(whipFormSchema.parse({ party: String(labour), instruction: 'abstain', strength: '3', basis: 'inferred' })).toMatchObject({ strength: 3, cleared: [] });
    expect(whipFormSchema.safeParse({ party: String(labour), instruction: 'maybe', basis: 'inferred' }).error?.issues[0]?.message).toBe(
      'Whip must be one of: vote for, vote against, abstain, free vote',
    );
  });
});
