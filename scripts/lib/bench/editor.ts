// The editor's side of `npm run bench`: while the readers' load runs, an editor signs in through the real
// admin forms, uploads a new division of 650 votes and changes a party's whip on the division the readers
// are reading, and the public pages are checked for each change straight after it is saved.
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import type Database from 'better-sqlite3';

export const BENCH_EDITOR = { email: 'bench-editor@example.test', password: 'bench-only-password-not-secret' };

type VoteRow = { parliamentId: number; name: string; party: string; abbreviation: string; constituency: string | null; position: string };

/**
 * An official Commons Votes file for a new division on the same day as `officialId`, with the same members
 * voting the same way: a realistic 650-vote upload whose every member sat that day.
 */
export function writeUploadFile(db: Database.Database, officialId: number, file: string): { officialId: number; title: string } {
  const division = db.prepare('SELECT id, date, number FROM divisions WHERE official_id = ?').get(officialId) as { id: number; date: string; number: number | null };
  const { maxId } = db.prepare('SELECT max(official_id) AS maxId FROM divisions').get() as { maxId: number };
  const rows = db
    .prepare(
      `SELECT p.parliament_id AS parliamentId, p.name, pa.name AS party, pa.abbreviation, c.name AS constituency, v.position
         FROM votes v JOIN persons p ON p.id = v.person_id
         LEFT JOIN parties pa ON pa.id = v.party_id LEFT JOIN constituencies c ON c.id = v.constituency_id
        WHERE v.division_id = ? ORDER BY p.sort_name`,
    )
    .all(division.id) as VoteRow[];
  const member = (r: VoteRow) => ({
    MemberId: r.parliamentId,
    Name: r.name,
    Party: r.party,
    SubParty: null,
    PartyColour: null,
    PartyAbbreviation: r.abbreviation,
    MemberFrom: r.constituency,
    ListAs: null,
    ProxyName: null,
  });
  const ayes = rows.filter((r) => r.position === 'aye');
  const noes = rows.filter((r) => r.position === 'no');
  const newId = maxId + 1;
  const title = `Benchmark Bill: Third Reading (${newId})`;
  const body = {
    DivisionId: newId,
    Date: `${division.date}T23:30:00`,
    PublicationUpdated: `${division.date}T23:45:00`,
    Number: (division.number ?? 0) + 50,
    IsDeferred: false,
    EVELType: '',
    EVELCountry: '',
    Title: title,
    AyeCount: ayes.length,
    NoCount: noes.length,
    DoubleMajorityAyeCount: null,
    DoubleMajorityNoCount: null,
    AyeTellers: [],
    NoTellers: [],
    Ayes: ayes.map(member),
    Noes: noes.map(member),
    FriendlyDescription: null,
    FriendlyTitle: null,
    NoVoteRecorded: rows.filter((r) => r.position !== 'aye' && r.position !== 'no').map(member),
    RemoteVotingStart: null,
    RemoteVotingEnd: null,
  };
  fs.writeFileSync(file, JSON.stringify(body));
  return { officialId: newId, title };
}

export type EditorStep = { name: string; seconds: number; visibleAtOnce: boolean; detail: string };

async function signIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent('/admin')}`);
  await page.getByLabel('Email address').fill(BENCH_EDITOR.email);
  await page.getByLabel('Password').fill(BENCH_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 });
}

/** The first cell (the whip) of a party's row in a division page's party table, as a visitor sees it. */
async function partyWhipCell(visitor: Page, url: string, partyName: string): Promise<string> {
  await visitor.goto(url);
  const row = visitor
    .getByRole('table', { name: 'How each party voted (tellers included)' })
    .getByRole('row')
    .filter({ has: visitor.getByRole('rowheader', { name: partyName, exact: true }) });
  return (await row.getByRole('cell').first().innerText()).replace(/\s+/g, ' ').trim();
}

type WhipTarget = { adminWhipsPath: string; partyId: number; partyName: string };
type Instruction = 'aye' | 'no' | 'abstain';

/** Opens a division's whips page, sets a party's whip through the form and waits for "Saved": the seconds it took. */
async function saveWhip(page: Page, baseUrl: string, whip: WhipTarget, instruction: Instruction): Promise<number> {
  const startedAt = performance.now();
  await page.goto(`${baseUrl}${whip.adminWhipsPath}?party=${whip.partyId}#whip-form`);
  const form = page.getByRole('form', { name: 'Set a whip' });
  await form.getByLabel('Whip', { exact: true }).selectOption(instruction);
  await form.getByLabel('Strength').selectOption('3');
  await form.getByLabel('Basis').selectOption('reported');
  await form.getByLabel('Sources').fill('https://example.org/bench - benchmark whip change');
  await form.getByRole('button', { name: 'Save whip' }).click();
  await page.getByRole('status').filter({ hasText: `Saved ${whip.partyName}’s whip` }).waitFor({ timeout: 60_000 });
  return (performance.now() - startedAt) / 1000;
}

/**
 * An editor saving a party's whip again and again (switching between two instructions) until `until` resolves,
 * each save timed from opening the form to "Saved", as the editor waits for it.
 */
export async function runEditorSaves(options: {
  baseUrl: string;
  chromiumPath: string;
  whip: WhipTarget;
  instructions: [Instruction, Instruction];
  until: Promise<unknown>;
  pauseMs?: number;
}): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  const seconds: number[] = [];
  let stop = false;
  void options.until.then(() => (stop = true));
  try {
    const page = await browser.newPage();
    await signIn(page, options.baseUrl);
    for (let i = 0; !stop; i++) {
      seconds.push(await saveWhip(page, options.baseUrl, options.whip, options.instructions[i % 2]!));
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 1_000));
    }
  } finally {
    await browser.close();
  }
  return seconds;
}

export async function runEditorWrites(options: {
  baseUrl: string;
  chromiumPath: string;
  uploadFile: string;
  upload: { officialId: number; title: string };
  whip: WhipTarget & { divisionPath: string; instruction: Instruction };
}): Promise<EditorStep[]> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  const steps: EditorStep[] = [];
  try {
    const page = await browser.newPage();
    await signIn(page, options.baseUrl);
    // A second, signed-out context: what any visitor sees, straight after each save.
    const visitor = await (await browser.newContext()).newPage();

    // 1. A new division of 650 votes, uploaded as the official file.
    const startedAt = performance.now();
    await page.goto(`${options.baseUrl}/admin/divisions`);
    await page.getByRole('link', { name: 'Upload an official division file' }).click();
    const upload = page.getByRole('form', { name: 'Upload a division file' });
    await upload.getByLabel('Division file (JSON)').setInputFiles(options.uploadFile);
    await upload.getByRole('button', { name: 'Upload and load the division' }).click();
    const summary = page.getByRole('status').filter({ hasText: `Division ${options.upload.officialId}` });
    await summary.waitFor({ timeout: 60_000 });
    const summaryText = (await summary.textContent()) ?? '';
    if (!summaryText.includes('new (')) throw new Error(`The upload did not load the division: ${summaryText}`);
    let seconds = (performance.now() - startedAt) / 1000;
    const response = await visitor.goto(`${options.baseUrl}/divisions/${options.upload.officialId}`);
    const heading = (await visitor.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await visitor.goto(`${options.baseUrl}/divisions`);
    const onList = await visitor.getByRole('link', { name: /Benchmark Bill/ }).count();
    steps.push({
      name: 'upload a new division (650 votes)',
      seconds,
      visibleAtOnce: response?.status() === 200 && heading.includes('Benchmark Bill') && onList > 0,
      detail: `${/Division \d+: [^.;]*?\(\d+ votes\)/.exec(summaryText)?.[0] ?? summaryText.trim()}; its page answered ${response?.status()} ("${heading.trim()}"), the divisions list links to it: ${onList > 0}`,
    });

    // 2. A whip change on the division the readers are reading.
    const divisionUrl = `${options.baseUrl}${options.whip.divisionPath}`;
    const before = await partyWhipCell(visitor, divisionUrl, options.whip.partyName);
    seconds = await saveWhip(page, options.baseUrl, options.whip, options.whip.instruction);
    const after = await partyWhipCell(visitor, divisionUrl, options.whip.partyName);
    const expected = { aye: 'Vote for', no: 'Vote against', abstain: 'Abstain' }[options.whip.instruction];
    steps.push({
      name: `change ${options.whip.partyName}’s whip on the division being read`,
      seconds,
      visibleAtOnce: after.startsWith(expected) && after.includes('three-line whip, reported'),
      detail: `the public page's whip cell went from "${before}" to "${after}"`,
    });
  } finally {
    await browser.close();
  }
  return steps;
}
