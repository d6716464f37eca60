// Issue 11, item 7: impossible values in official files. V8 rolls "2023-02-30" over to 2 March, so a record dated
// 30 February loaded (and the page showed 30 February); a MemberId of 1e20 passed the importer's fast check and
// created a person whose id SQLite stores as a floating-point number. Dates must exist on the calendar, and ids and
// counts must be whole numbers JavaScript holds exactly, in the fast check as in the full schema, for Commons Votes
// records and Members API answers alike. A refused file names itself and the field, exits the command with 1 and
// leaves the database as it was.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { ImportError } from '@/lib/import/errors';
import { ApiClient } from '@/lib/import/http/api-client';
import { ResponseCache } from '@/lib/import/http/response-cache';
import { importMembersFromApi } from '@/lib/import/members-api';
import { parseJsonWith } from '@/lib/import/parse-json';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { isRecordedMember } from '@/lib/validation/commons-votes';
import { memberBiographySchema, memberHistoryListSchema, memberSearchPageSchema } from '@/lib/validation/members-api';
import { readMemberFixture, serveMembers } from '../integration/support/fake-apis';
import { FakeParliament } from '../integration/support/fake-parliament';
import { databaseFingerprint } from '../integration/support/app-session';
import { createTempDb, readDivision1666, tableCounts, voteDump } from '../integration/support/temp-db';
import { importErrorOf, runImportCommand, startUploadSession, writeRecord, type UploadSession } from './support/division-files';

vi.mock('next/headers', () => import('../integration/support/next-request'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Record1666 = ReturnType<typeof readDivision1666>;

/** Division 1666 as a new division (its own id and number), changed by `change`. */
function record(change: (r: Record1666) => void): Record1666 {
  const r = readDivision1666();
  r.DivisionId = 99_070;
  r.Number = 70;
  change(r);
  return r;
}

const NOT_SAFE = 2 ** 53; // one past Number.MAX_SAFE_INTEGER: a whole number, but not held exactly

// [what, change, field]: each must be refused with its field named.
const BAD_RECORDS: Array<[string, (r: Record1666) => void, string]> = [
  ['30 February', (r) => void (r.Date = '2023-02-30T10:00:00'), 'Date'],
  ['a thirteenth month', (r) => void (r.Date = '2023-13-01T10:00:00'), 'Date'],
  ['29 February in a year that has none', (r) => void (r.Date = '2023-02-29T10:00:00'), 'Date'],
  ['the 24th hour', (r) => void (r.Date = '2023-11-15T24:00:00'), 'Date'],
  ['the 60th minute', (r) => void (r.Date = '2023-11-15T19:60'), 'Date'],
  ['a PublicationUpdated of 31 April', (r) => void (r.PublicationUpdated = '2023-04-31T10:00:00'), 'PublicationUpdated'],
  ['a MemberId of 1e20', (r) => void ((r.Ayes[0] as Record<string, unknown>).MemberId = 1e20), 'Ayes[0].MemberId'],
  ['a MemberId past the safe integers', (r) => void ((r.Noes[5] as Record<string, unknown>).MemberId = NOT_SAFE), 'Noes[5].MemberId'],
  ['a teller’s MemberId of 1e20', (r) => void (((r as Record<string, unknown>).AyeTellers as Record<string, unknown>[])[0]!.MemberId = 1e20), 'AyeTellers[0].MemberId'],
  ['a DivisionId of 1e20', (r) => void (r.DivisionId = 1e20), 'DivisionId'],
  ['a DivisionId past the safe integers', (r) => void (r.DivisionId = NOT_SAFE), 'DivisionId'],
  ['a Number of 1e20', (r) => void (r.Number = 1e20), 'Number'],
  ['an AyeCount of 1e20', (r) => void (r.AyeCount = 1e20), 'AyeCount'],
];

describe('the Commons Votes parser', () => {
  it.each(BAD_RECORDS)('refuses %s, naming the file and the field', (_what, change, field) => {
    const error = importErrorOf(() => parseDivisionJson(JSON.stringify(record(change)), 'impossible.json'));
    expect(error.file).toBe('impossible.json');
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`impossible.json: ${field}: `)).toBe(true);
  });

  it('takes the days and ids that exist: 29 February 2024, a zone, a time without seconds, the largest safe id', () => {
    const leap = parseDivisionJson(JSON.stringify(record((r) => void (r.Date = '2024-02-29T23:59:59'))), 'leap.json');
    expect(leap).toMatchObject({ date: '2024-02-29', heldAt: '2024-02-29T23:59:59' });
    expect(parseDivisionJson(JSON.stringify(record((r) => void (r.Date = '2023-11-15T19:14'))), 'minutes.json').heldAt).toBe('2023-11-15T19:14:00');
    expect(parseDivisionJson(JSON.stringify(record((r) => void (r.PublicationUpdated = '2023-11-16T09:00:00.123+01:00'))), 'zone.json').publicationUpdated).toBe(
      '2023-11-16T09:00:00',
    );
    const big = parseDivisionJson(JSON.stringify(record((r) => void ((r.Ayes[0] as Record<string, unknown>).MemberId = Number.MAX_SAFE_INTEGER))), 'big.json');
    expect(big.votes.some((v) => v.memberId === Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('the fast member check says no wherever the full schema would', () => {
    const member = (readDivision1666().Ayes[0] ?? {}) as Record<string, unknown>;
    expect(isRecordedMember(member)).toBe(true);
    for (const id of [1e20, NOT_SAFE, -1, 0, 1.5, Infinity, Number.NaN, '172']) expect(isRecordedMember({ ...member, MemberId: id })).toBe(false);
    expect(isRecordedMember({ ...member, MemberId: Number.MAX_SAFE_INTEGER })).toBe(true);
  });
});

describe('files with impossible values change nothing', () => {
  let s: UploadSession;
  beforeAll(async () => {
    s = await startUploadSession('editor@impossible.test');
  });
  afterAll(() => s.close());

  it('the import refuses 30 February and a MemberId of 1e20, naming the file and the field, and writes nothing', () => {
    const before = databaseFingerprint(s.t.db);
    const votes = voteDump(s.t.db);
    const february = writeRecord(s.t.dir, 'february-30.json', record((r) => void (r.Date = '2023-02-30T10:00:00')));
    expect(importErrorOf(() => importDivisionFiles(s.t.db, [february])).message).toMatch(/february-30\.json: Date: /);
    const huge = writeRecord(s.t.dir, 'huge-member.json', record((r) => void ((r.Ayes[0] as Record<string, unknown>).MemberId = 1e20)));
    expect(importErrorOf(() => importDivisionFiles(s.t.db, [huge])).message).toMatch(/huge-member\.json: Ayes\[0\]\.MemberId: /);
    // The failed runs are recorded as failed; nothing else moves.
    const after = databaseFingerprint(s.t.db);
    expect({ ...after.rows, import_runs: 0 }).toEqual({ ...before.rows, import_runs: 0 });
    expect(voteDump(s.t.db)).toBe(votes);
    expect(s.t.db.$client.prepare("select count(*) as n from persons where typeof(parliament_id) <> 'integer' and parliament_id is not null").get()).toEqual({ n: 0 });
  });

  it('the command prints one line naming the file and the field, and exits 1', () => {
    const before = databaseFingerprint(s.t.db).rows;
    const file = writeRecord(s.t.dir, 'cli-february-30.json', record((r) => void (r.Date = '2023-02-30T10:00:00')));
    const result = runImportCommand(s.t.file, [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: .*cli-february-30\.json: Date: .+$/m);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect({ ...databaseFingerprint(s.t.db).rows, import_runs: 0 }).toEqual({ ...before, import_runs: 0 });
  });

  it('the upload refuses them beside the file field and writes nothing', async () => {
    for (const [name, change, field] of [
      ['upload-february-30.json', (r: Record1666) => void (r.Date = '2023-02-30T10:00:00'), 'Date'],
      ['upload-huge-member.json', (r: Record1666) => void ((r.Noes[0] as Record<string, unknown>).MemberId = 1e20), 'Noes[0].MemberId'],
    ] as const) {
      const before = databaseFingerprint(s.t.db);
      const outcome = await s.upload(JSON.stringify(record(change)), name);
      expect(outcome.threw).toBe(false);
      const state = (outcome as { value: { status: string; fieldErrors?: Record<string, string[]> } }).value;
      expect(state.status).toBe('invalid');
      // The file and the field named, in words an editor can act on.
      expect(state.fieldErrors?.file?.[0]).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}: .*\\(field ${field.replace(/[[\].]/g, '\\$&')}\\)`));
      expect(databaseFingerprint(s.t.db)).toEqual(before);
    }
  });
});

describe('the Members API answers', () => {
  const history = () => structuredClone(readMemberFixture(172).history);
  const biography = () => structuredClone(readMemberFixture(172).biography) as { value: Record<string, Array<Record<string, unknown>>> };
  const URL = 'https://members-api.parliament.uk/api/Members/History?ids=172';
  const checkHistory = (value: unknown) => importErrorOf(() => parseJsonWith(memberHistoryListSchema, JSON.stringify([value]), URL));

  it('takes the fixtures as they are, and 29 February 2024', () => {
    expect(() => parseJsonWith(memberHistoryListSchema, JSON.stringify([history()]), URL)).not.toThrow();
    const leap = history();
    (leap.value.partyHistory as Record<string, unknown>[])[1]!.startDate = '2024-02-29T00:00:00';
    expect(() => parseJsonWith(memberHistoryListSchema, JSON.stringify([leap]), URL)).not.toThrow();
    expect(() => parseJsonWith(memberBiographySchema, JSON.stringify(biography()), URL)).not.toThrow();
  });

  it('refuses a day that does not exist, naming the field', () => {
    const february = history();
    (february.value.partyHistory as Record<string, unknown>[])[1]!.startDate = '2023-02-30T00:00:00';
    expect(checkHistory(february).field).toBe('[0].value.partyHistory[1].startDate');
    const month = history();
    (month.value.houseMembershipHistory as Record<string, unknown>[])[0]!.membershipEndDate = '2023-13-01';
    expect(checkHistory(month).field).toBe('[0].value.houseMembershipHistory[0].membershipEndDate');
    const hour = history();
    (hour.value.nameHistory as Record<string, unknown>[])[0]!.startDate = '1987-06-11T25:00:00';
    expect(checkHistory(hour).field).toBe('[0].value.nameHistory[0].startDate');
    const bio = biography();
    bio.value.representations![0]!.constituencyStart = '2010-04-31T00:00:00';
    expect(importErrorOf(() => parseJsonWith(memberBiographySchema, JSON.stringify(bio), URL)).field).toBe('value.representations[0].constituencyStart');
  });

  it('refuses ids that are not positive safe integers, naming the field', () => {
    const member = history();
    member.value.id = 1e20;
    expect(checkHistory(member).field).toBe('[0].value.id');
    const party = history();
    ((party.value.partyHistory as Record<string, unknown>[])[0]!.party as Record<string, unknown>).id = -15;
    expect(checkHistory(party).field).toBe('[0].value.partyHistory[0].party.id');
    const seat = history();
    (seat.value.houseMembershipHistory as Record<string, unknown>[])[0]!.membershipFromId = NOT_SAFE;
    expect(checkHistory(seat).field).toBe('[0].value.houseMembershipHistory[0].membershipFromId');
    const bio = biography();
    bio.value.representations![0]!.id = 0;
    expect(importErrorOf(() => parseJsonWith(memberBiographySchema, JSON.stringify(bio), URL)).field).toBe('value.representations[0].id');
    const search = { items: [{ value: { id: 1e20, nameDisplayAs: 'Someone' } }], totalResults: 1 };
    expect(importErrorOf(() => parseJsonWith(memberSearchPageSchema, JSON.stringify(search), URL)).field).toBe('items[0].value.id');
  });
});

describe('the Members API importer', () => {
  it('refuses a member whose answer holds 30 February, naming the URL and the field, and writes nothing', async () => {
    const t = createTempDb();
    const fake = await new FakeParliament().start();
    try {
      const good = readMemberFixture(3924);
      const bad = readMemberFixture(172);
      (bad.history.value.partyHistory as Record<string, unknown>[])[1]!.startDate = '2023-02-30T00:00:00';
      serveMembers(fake, new Map([[3924, good], [172, bad]]));
      const client = new ApiClient({ baseUrl: fake.url, requestsPerSecond: 1000, retries: 1, backoffMs: 5, cache: new ResponseCache(path.join(t.dir, 'cache')) });
      const counts = tableCounts(t.db);
      let caught: unknown;
      await importMembersFromApi(t.db, { client, ids: [3924, 172] }).catch((error: unknown) => (caught = error));
      expect(caught).toBeInstanceOf(ImportError);
      expect((caught as ImportError).message).toMatch(/\/api\/Members\/History\?ids=3924&ids=172: \[1\]\.value\.partyHistory\[1\]\.startDate: not a real date/);
      expect(tableCounts(t.db)).toEqual(counts);
    } finally {
      await fake.close();
      t.close();
    }
  });
});
