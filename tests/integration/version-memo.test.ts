// Views kept until the data changes (db/version-memo.ts): a division's view, an MP's judged record, the lists. A
// view is shared while nothing is committed, and made again on the very next read after any commit: an editor's
// on the app's own connection, or another process's (the importer).
import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctVote } from '@/db/mutations/vote-corrections';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { loadHome } from '@/db/queries/division-lists';
import { findDivisions } from '@/db/queries/division-finder';
import { loadMemberPage } from '@/db/queries/member-page';
import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { persons } from '@/db/schema';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };
let t: TempDb;

beforeAll(() => {
  t = useSeededAppDb();
});
afterAll(() => releaseAppDb(t));

const viewOf1666 = () => loadDivisionView(getDivisionByOfficialId(1666)!);
const qureshiIn = (view: ReturnType<typeof viewOf1666>['view']) => view.members.find((m) => m.name === 'Yasmin Qureshi')!;

describe('views kept until the data changes', () => {
  it('shares one view between reads, and makes it again after an editor’s commit on the app’s connection', () => {
    const first = viewOf1666();
    expect(viewOf1666()).toBe(first);
    expect(loadMemberPage(3924, 1)?.record).toBe(loadMemberPage(3924, 1)?.record);
    expect(loadRebelListKept(new URLSearchParams('division=1666&party=Lab'))).toBe(loadRebelListKept(new URLSearchParams('party=Lab&division=1666')));
    expect(findDivisions({}).items).toBe(findDivisions({}).items);
    expect(findDivisions({ rebels: 'yes' }).totals).toBe(findDivisions({ departures: 'yes' }).totals);
    expect(loadHome()).toBe(loadHome());
    expect(qureshiIn(first.view).position).toBe('aye');

    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!.id;
    const divisionId = getDivisionByOfficialId(1666)!.id;
    t.db.transaction((tx) => correctVote(tx, divisionId, qureshi, { position: 'absent', isTeller: false, proxyName: null }, { actor }));

    const after = viewOf1666();
    expect(after).not.toBe(first);
    expect(qureshiIn(after.view).position).toBe('absent');
    expect(loadMemberPage(3924, 1)?.record.positions[0]).toBe('absent');
    expect(findDivisions({}).totals.get(divisionId)?.rebels).toBe(55);
    expect(findDivisions({ party: 'Lab' }).totals.get(divisionId)?.rebels).toBe(55);
    expect(loadHome().totals?.rebels).toBe(55);
    expect(loadRebelListKept(new URLSearchParams('division=1666&party=Lab')).list.rows).toHaveLength(55);
  });

  it('makes a view again after another process commits, as the importer does', () => {
    const before = viewOf1666();
    const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
      db.prepare("UPDATE divisions SET short_title = 'Changed elsewhere' WHERE official_id = 1666").run();`;
    execFileSync(process.execPath, ['-e', script, t.file], { cwd: process.cwd() });
    expect(viewOf1666()).not.toBe(before);
    expect(findDivisions({}).items[0]?.shortTitle).toBe('Changed elsewhere');
  });
});
