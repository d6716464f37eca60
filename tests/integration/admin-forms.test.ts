// The admin actions as an editor's browser calls them, against the seeded record of 15 Nov 2023: fields that
// another makes meaningless are cleared, not refused (and the page is told what was cleared), dates typed the
// British way are stored as ISO dates, and a refusal lists its errors in the form's order.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { constituencies, divisions, memberships, parties, persons, stances, whips } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import { callAction, createSignedInAccount, forgetAppConnections, pointAppAtTempDb, redirectTarget, type TestAccount } from './support/app-session';
import { setRequestCookie } from './support/next-request';
import { createTempDb, type TempDb } from './support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));
// Outside a Next request there is no page cache to mark stale.
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), revalidatePath: () => undefined }));

let t: TempDb;
let editor: TestAccount;
let whipActions: typeof import('@/app/admin/divisions/[id]/whips/actions');
let membershipActions: typeof import('@/app/admin/memberships/actions');
let stanceActions: typeof import('@/app/admin/stances/actions');
let postActions: typeof import('@/app/admin/posts/actions');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(async () => {
  t = createTempDb();
  seedDatabase(t.db);
  pointAppAtTempDb(t);
  whipActions = await import('@/app/admin/divisions/[id]/whips/actions');
  membershipActions = await import('@/app/admin/memberships/actions');
  stanceActions = await import('@/app/admin/stances/actions');
  postActions = await import('@/app/admin/posts/actions');
  editor = await createSignedInAccount('editor@forms.test', 'editor');
});

afterAll(() => {
  setRequestCookie(null);
  forgetAppConnections();
  t.close();
});

describe('dependent fields are cleared, not refused', () => {
  it('saves a free vote chosen with a three-line strength, with no strength, and says so', async () => {
    setRequestCookie(editor.cookie);
    const division = t.db.select().from(divisions).where(eq(divisions.officialId, 1666)).get()!;
    const labour = t.db.select().from(parties).where(eq(parties.abbreviation, 'Lab')).get()!;
    const before = t.db.select().from(whips).where(and(eq(whips.divisionId, division.id), eq(whips.partyId, labour.id))).get()!;
    expect(before).toMatchObject({ instruction: 'abstain', strength: 3 });

    const outcome = await callAction(whipActions.saveWhipAction, [
      IDLE,
      form({
        divisionId: String(division.id),
        editingParty: String(labour.id),
        version: before.updatedAt,
        party: String(labour.id),
        instruction: 'free',
        strength: '3',
        basis: 'inferred',
      }),
    ]);
    expect(redirectTarget(outcome)).toBe(`/admin/divisions/${division.id}/whips?saved=${labour.id}&cleared=strength`);
    const after = t.db.select().from(whips).where(eq(whips.id, before.id)).get()!;
    expect(after).toMatchObject({ instruction: 'free', strength: null, basis: 'inferred' });
  });

  it('saves a Lords membership chosen with a seat, with no seat, and says so', async () => {
    setRequestCookie(editor.cookie);
    const person = t.db.select().from(persons).where(eq(persons.parliamentId, 3924)).get()!;
    const labour = t.db.select().from(parties).where(eq(parties.abbreviation, 'Lab')).get()!;
    const seat = t.db.select().from(constituencies).where(eq(constituencies.name, 'Bolton South East')).get()!;
    const outcome = await callAction(membershipActions.saveMembership, [
      IDLE,
      form({ person: `${person.name} (3924)`, house: 'lords', party: String(labour.id), constituency: String(seat.id), startDate: '1 January 2030', datesBasis: 'editor' }),
    ]);
    const target = redirectTarget(outcome);
    expect(target).toMatch(/^\/admin\/memberships\/\d+\?saved=1&cleared=constituency$/);
    const id = Number(/memberships\/(\d+)/.exec(target!)![1]);
    expect(t.db.select().from(memberships).where(eq(memberships.id, id)).get()).toMatchObject({ house: 'lords', constituencyId: null, startDate: '2030-01-01' });
  });
});

describe('dates and messages', () => {
  it('stores a statement dated 15/11/2023 as 2023-11-15', async () => {
    setRequestCookie(editor.cookie);
    const outcome = await callAction(stanceActions.saveStance, [
      IDLE,
      form({
        person: 'Yasmin Qureshi (3924)',
        topic: '1',
        position: 'supports',
        label: 'supports an immediate ceasefire',
        statedOn: '15/11/2023',
        said: 'before',
        kind: 'statement',
        sourceUrl: 'https://example.org/forms-test',
        confidence: 'high',
      }),
    ]);
    const target = redirectTarget(outcome);
    expect(target).toMatch(/^\/admin\/stances\/\d+\?saved=1/);
    const id = Number(/stances\/(\d+)/.exec(target!)![1]);
    expect(t.db.select().from(stances).where(eq(stances.id, id)).get()?.statedOn).toBe('2023-11-15');
  });

  it('refuses a post with an unknown person and an impossible date, the errors in form order and the input kept', async () => {
    setRequestCookie(editor.cookie);
    const outcome = await callAction(postActions.savePost, [
      IDLE,
      form({ person: 'Nobody Atall', title: 'Shadow Minister', kind: 'shadow_minister', side: 'opposition', startDate: '31/02/2023', endReason: 'resigned' }),
    ]);
    expect(outcome.threw).toBe(false);
    const state = (outcome as { value: FormState }).value;
    expect(state.status).toBe('invalid');
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(['startDate', 'endDate']);
    expect(state.values).toMatchObject({ startDate: '31/02/2023', endReason: 'resigned' });
  });
});
