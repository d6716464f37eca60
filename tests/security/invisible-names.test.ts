// Issue 11, item 3: text that shows nothing, or shows something other than what is stored. A name made only of
// zero-width or bidi characters reads as blank on every page; a right-to-left override turns "Diane Abbott"
// around on the screen and in search results; NUL and other control characters break downloads and logs.
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { persons } from '@/db/schema';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { plainName, plainSortName } from '@/lib/import/member-records';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import { newAccountSchema } from '@/lib/validation/accounts';
import { cleanText, optionalText, requiredText, sourcesSchema, webAddressSchema } from '@/lib/validation/common';
import { personFormSchema } from '@/lib/validation/persons';
import { postFormSchema } from '@/lib/validation/posts';
import { stanceFormSchema } from '@/lib/validation/stances';
import { topicFormSchema } from '@/lib/validation/topics';
import { voteCsvFormSchema } from '@/lib/validation/votes';
import { callAction, createSignedInAccount, forgetAppConnections, pointAppAtTempDb, redirectTarget } from '../integration/support/app-session';
import { createTempDb, type TempDb } from '../integration/support/temp-db';
import { setRequestCookie } from './support/next-request';

vi.mock('next/headers', () => import('./support/next-request'));
// Revalidation needs a Next server; here it has nothing to do.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const RLO = '\u202e';
const INVISIBLE_ONLY: Array<[string, string]> = [
  ['zero-width spaces', '\u200b\u200b'],
  ['a right-to-left override', RLO],
  ['a zero-width space and an override', `\u200b${RLO}`],
  ['isolates', '\u2066\u2069'],
  ['marks', '\u200e\u200f\u061c'],
  ['a soft hyphen and a word joiner', '\u00ad\u2060'],
  ['Hangul fillers, which count as letters but show nothing', '\u3164\u3164'],
  ['a NUL', '\u0000'],
  ['control characters and spaces', '\u0001 \u007f \u0085'],
  ['a byte-order mark', '\ufeff'],
  ['punctuation only', '...'],
];

describe('cleaning text', () => {
  it('drops bidi controls, marks and isolates everywhere', () => {
    expect(cleanText(`\u202aa\u202bb\u202cc\u202dd${RLO}e\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl`)).toBe('abcdefghijkl');
  });

  it('on one line, drops control characters and turns line breaks and tabs into spaces', () => {
    expect(cleanText('Diane\u0000 Abbott\u0007')).toBe('Diane Abbott');
    expect(cleanText('one\ttwo\r\nthree\nfour\u2028five\u0085')).toBe('one two three four five');
  });

  it('on several lines, keeps line feeds and tabs, and makes every line break a line feed', () => {
    expect(cleanText('line one\r\nline two\u0007\tindented\rthree\u0000', { multiline: true })).toBe('line one\nline two\tindented\nthree');
  });
});

describe('the shared field schemas', () => {
  it.each(INVISIBLE_ONLY)('requiredText refuses %s, naming the field', (_label, text) => {
    const result = requiredText(200, 'Enter the title of the post').safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Enter the title of the post/);
  });

  it('requiredText keeps visible text, cleaned', () => {
    expect(requiredText(200, 'Enter the title').parse(` Minister${RLO} for\u0000 Defence `)).toBe('Minister for Defence');
    expect(requiredText(200, 'Enter the title').parse('1666')).toBe('1666');
  });

  it('optionalText cleans, and reads text that shows nothing as empty', () => {
    expect(optionalText(200).parse(`Home\u0000 Office${RLO}`)).toBe('Home Office');
    expect(optionalText(200).parse('\u200b\u2066 \u2069')).toBeNull();
    expect(optionalText(4000, 'The note', { multiline: true }).parse('First.\r\n\r\nSecond.\u0000')).toBe('First.\n\nSecond.');
  });

  it('sources lose their bidi and control characters', () => {
    const sources = sourcesSchema.parse(`https://example.org/a - title: ${RLO}txet - outlet: BBC\u0000 News\r\nhttps://example.org/b`);
    expect(sources).toEqual([{ url: 'https://example.org/a', title: 'txet', outlet: 'BBC News' }, { url: 'https://example.org/b' }]);
  });

  it('a web address with a control or bidi character inside is refused, not quietly mended', () => {
    expect(webAddressSchema.safeParse('https://exa\tmple.org/').success).toBe(false);
    expect(webAddressSchema.safeParse('https://example.org/\u0000').success).toBe(true);
    expect(webAddressSchema.parse(`https://example.org/${RLO}x`)).toBe('https://example.org/x');
  });
});

describe('names in the forms', () => {
  it.each(INVISIBLE_ONLY)('the person form refuses a name of %s', (_label, name) => {
    const result = personFormSchema.safeParse({ name });
    expect(result.success).toBe(false);
    const message = result.error?.issues.find((i) => i.path[0] === 'name')?.message;
    expect(message).toMatch(/^Enter the person’s name/);
  });

  it('says why a name that is not empty is refused', () => {
    expect(personFormSchema.safeParse({ name: '\u200b' }).error?.issues[0]?.message).toBe('Enter the person’s name: it has no visible letters');
  });

  it('the person form cleans a name and sort name, and refuses a sort name of nothing visible', () => {
    expect(personFormSchema.parse({ name: `Diane\u0000 ${RLO}Abbott`, sortName: 'Abbott,\u200e Diane' })).toMatchObject({
      name: 'Diane Abbott',
      sortName: 'Abbott, Diane',
    });
    const invisibleSortName = personFormSchema.safeParse({ name: 'Diane Abbott', sortName: '\u3164' });
    expect(invisibleSortName.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['sortName', 'The sort name has no visible letters']]);
  });

  it('a stance’s speaker and label, a topic’s title, a post’s title and an account’s name need visible letters', () => {
    const stance = stanceFormSchema.safeParse({ speaker: '\u200b', label: RLO, topic: '1', position: 'supports', kind: 'speech', sourceUrl: 'https://example.org', confidence: 'high', person: '1' });
    expect(stance.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['speaker', 'label']));
    expect(topicFormSchema.safeParse({ title: '\u2066\u2069' }).success).toBe(false);
    expect(postFormSchema.safeParse({ person: '1', title: '\u200b', kind: 'minister', startDate: '2023-01-01' }).error?.issues.some((i) => i.path[0] === 'title')).toBe(true);
    expect(newAccountSchema.safeParse({ email: 'a@example.org', name: RLO, role: 'editor', password: 'a-long-enough-password' }).success).toBe(false);
  });

  it('keeps line breaks in a quote and a note, but not in a label', () => {
    const stance = stanceFormSchema.parse({
      label: 'supports\na ceasefire',
      quote: 'We must\r\nstop.',
      note: 'Said twice:\n\tfirst in the chamber.',
      topic: '1',
      position: 'supports',
      kind: 'speech',
      sourceUrl: 'https://example.org',
      confidence: 'high',
      person: '1',
    });
    expect(stance).toMatchObject({ label: 'supports a ceasefire', quote: 'We must\nstop.', note: 'Said twice:\n\tfirst in the chamber.' });
    expect(voteCsvFormSchema.parse({ csv: 'member_id,vote\r\n172,aye\r\n' }).csv).toBe('member_id,vote\n172,aye');
  });
});

describe('names from the Members API', () => {
  it('lose control and bidi characters', () => {
    expect(plainName(`Ms Diane${RLO} Abbott\u0000`)).toBe('Diane Abbott');
    expect(plainSortName(`Abbott\u200f, Ms Diane`, 'Diane Abbott')).toBe('Abbott, Diane');
  });
});

describe('names in an official division record', () => {
  const record = () => JSON.parse(fs.readFileSync('data/commons-2023-11-15/commonsvotes-division-1666.json', 'utf8'));

  it('lose control and bidi characters, in every field the site keeps', () => {
    const raw = record();
    const member = raw.Ayes[0];
    member.Name = `${member.Name}${RLO}\u0000`;
    member.MemberFrom = `\u202a${member.MemberFrom}\u202c`;
    raw.Title = `${raw.Title}\u2066`;
    const parsed = parseDivisionJson(JSON.stringify(raw), 'division-1666.json');
    const vote = parsed.votes.find((v) => v.memberId === member.MemberId)!;
    expect(vote.name).toBe(record().Ayes[0].Name.trim());
    expect(vote.memberFrom).toBe(record().Ayes[0].MemberFrom.trim());
    expect(parsed.officialTitle).toBe(record().Title.trim());
  });

  it('are refused, naming the field, when nothing visible is left', () => {
    for (const [name, invisible] of INVISIBLE_ONLY) {
      const raw = record();
      raw.Noes[3].Name = invisible;
      // A name the schema already refuses as empty (a byte-order mark is trimmed away) says so in its own words.
      expect(() => parseDivisionJson(JSON.stringify(raw), 'division-1666.json'), name).toThrow(
        /^division-1666\.json: Noes\[3\]\.Name: (member \d+ has a name with no visible letters|Too small)/,
      );
    }
    const raw = record();
    raw.Title = `${RLO}\u200b`;
    expect(() => parseDivisionJson(JSON.stringify(raw), 'division-1666.json')).toThrow(/Title: the title has no visible letters/);
  });
});

describe('an editor saving a person', () => {
  let t: TempDb;
  let savePerson: typeof import('@/app/admin/people/actions').savePerson;

  beforeAll(async () => {
    t = createTempDb();
    pointAppAtTempDb(t);
    const { cookie } = await createSignedInAccount('names@security.test', 'editor');
    setRequestCookie(cookie);
    ({ savePerson } = await import('@/app/admin/people/actions'));
  });

  afterAll(() => {
    setRequestCookie(null);
    forgetAppConnections();
    t.close();
  });

  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a right-to-left override', RLO],
    ['both', `\u200b${RLO}\u200b`],
  ])('refuses a name of %s and saves nothing', async (_label, name) => {
    const outcome = await callAction(savePerson, [IDLE, form({ name })]);
    expect(outcome.threw, String(outcome.threw && outcome.error)).toBe(false);
    const state = (outcome as { value: FormState }).value;
    expect(state.status).toBe('invalid');
    expect(state.fieldErrors?.name?.[0]).toMatch(/^Enter the person’s name/);
    expect(t.db.select().from(persons).all()).toHaveLength(0);
  });

  it('saves a name with a NUL and an override without them', async () => {
    const outcome = await callAction(savePerson, [IDLE, form({ name: `Jo\u0000 ${RLO}Bloggs`, parliamentId: '990001' })]);
    expect(redirectTarget(outcome)).toMatch(/^\/admin\/people\/\d+\?saved=1$/);
    const row = t.db.select().from(persons).where(eq(persons.parliamentId, 990001)).get();
    expect(row).toMatchObject({ name: 'Jo Bloggs', sortName: 'Bloggs, Jo', slug: 'jo-bloggs' });
  });
});
