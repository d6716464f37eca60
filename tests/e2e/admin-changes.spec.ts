import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { deleteTestDivision } from './support/admin-records';
import { seriousViolations } from './support/axe';
import { PHONE, unfitTables, widerThanScreen } from './support/phone';

// The history and the confirmations, clicked through as an editor. The changes are made on a copy of division 1666
// of its own (official id 990002, number 91, same members and votes), so that the other browser tests, which run
// at the same time and read 1666's Labour whip, never see it change.

const OFFICIAL_ID = 990002;
const FIXTURE = (() => {
  const record = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/commons-votes-constructed-division.json'), 'utf8'));
  Object.assign(record, { DivisionId: OFFICIAL_ID, Number: 91, Title: 'History test division: copy of division 1666' });
  return { name: 'history-test-division.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) };
})();

async function saveLabourWhip(page: Page, whipsPage: string, link: string, values: { whip: string; strength: string }) {
  await page.goto(whipsPage);
  await page.getByRole('link', { name: link }).click();
  // The whips page already has the form: wait for the one the link opens, with Labour chosen, before filling it.
  await expect(page).toHaveURL(/\?party=\d+/);
  const form = page.getByRole('form', { name: 'Set a whip' });
  await expect(form.getByLabel('Party')).toHaveValue(/\d+/);
  await form.getByLabel('Whip', { exact: true }).selectOption(values.whip);
  await form.getByLabel('Strength').selectOption(values.strength);
  await form.getByLabel('Basis').selectOption('reported');
  await form.getByLabel('Sources').fill('https://www.bbc.co.uk/news/uk-politics-67438901 - BBC');
  await form.getByRole('button', { name: 'Save whip' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Labour’s whip' })).toBeVisible();
}

test('a whip change reads in words and UK time, is found by its kind, and is undone through a confirmation; a deleted division comes back with its 650 votes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'editor', '/admin/divisions');
  await deleteTestDivision(page, OFFICIAL_ID, /^History test division/);

  await page.goto('/admin/divisions/upload');
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  await upload.getByLabel('Division file (JSON)').setInputFiles(FIXTURE);
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();
  const summary = page.getByRole('status').filter({ hasText: `Division ${OFFICIAL_ID}` });
  await expect(summary).toContainText(`Division ${OFFICIAL_ID}: new (650 votes)`, { timeout: 20_000 });
  const whipsPage = (await summary.getByRole('link', { name: 'Set its whips' }).getAttribute('href')) ?? '';
  const adminPage = whipsPage.replace(/\/whips$/, '');

  await saveLabourWhip(page, whipsPage, 'Set Labour’s whip', { whip: 'abstain', strength: '3' });
  await saveLabourWhip(page, whipsPage, 'Change Labour’s whip', { whip: 'free', strength: '' });

  // The menu says where we are.
  await page.goto(`/admin/changes?division=${OFFICIAL_ID}`);
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Changes' })).toHaveAttribute('aria-current', 'page');
  const change = page.getByRole('article').filter({ hasText: `Labour’s whip on division ${OFFICIAL_ID}: abstain → free vote` });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(/By editor@e2e\.test, \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} (GMT|BST)/);
  await expect(change.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  await expect(change.getByRole('table')).toContainText('three-line whip');
  await expect(change.getByRole('link', { name: 'Public page' })).toHaveAttribute('href', `/divisions/${OFFICIAL_ID}`);
  const changeId = Number((await change.getAttribute('id'))?.replace('change-', ''));

  // On a phone the history fits the screen: each field a card, its old and new values under the column's name.
  await page.setViewportSize(PHONE);
  for (const address of [`/admin/changes?division=${OFFICIAL_ID}`, `${adminPage}/whips`, `/admin/changes/${changeId}/undo`]) {
    await page.goto(address);
    const before = page.getByRole('table', { name: `What change #${changeId} changed` }).locator('td[data-label="Before"]').first();
    await expect(before).toBeVisible();
    expect(await before.evaluate((td) => getComputedStyle(td, '::before').content), address).toBe('"Before"');
    expect(await widerThanScreen(page), address).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(PHONE.width);
    expect(await unfitTables(page), address).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/admin/changes?division=${OFFICIAL_ID}`);

  // Filtered by kind: the edit stays, the upload (a creation) goes.
  const filters = page.getByRole('form', { name: 'Filter changes' });
  await filters.getByLabel('Kind of change').selectOption('edited');
  await filters.getByRole('button', { name: 'Show changes' }).click();
  await expect(page).toHaveURL(/kind=edited/);
  await expect(page.getByRole('article').filter({ hasText: 'abstain → free vote' })).toHaveCount(1);
  await expect(page.getByRole('article').filter({ hasText: ': created' })).toHaveCount(0);
  expect(await seriousViolations(page), 'changes page').toEqual([]);

  // A bad date is named beside its field; the other filters still apply.
  await page.goto(`/admin/changes?division=${OFFICIAL_ID}&from=31/02/2023`);
  await expect(page.getByLabel('From', { exact: true })).toHaveAccessibleDescription(/Enter a real date, like 15\/11\/2023/);
  await expect(page.getByRole('article').filter({ hasText: 'abstain → free vote' })).toHaveCount(1);

  await page.getByRole('link', { name: `Undo change #${changeId}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Undo change #${changeId}?`);
  await expect(page.getByText(`This will put back the earlier values of Labour’s whip on division ${OFFICIAL_ID}:`)).toBeVisible();
  await expect(page.getByText(/to reverse it, undo it from/)).toBeVisible();
  expect(await seriousViolations(page), 'confirm page').toEqual([]);
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Change #${changeId} was undone` })).toBeVisible();

  await page.goto(`/admin/changes?division=${OFFICIAL_ID}`);
  const undone = page.locator(`#change-${changeId}`);
  await expect(undone).toContainText(/Undone by #\d+/);
  await expect(undone.getByRole('link', { name: /Undo change/ })).toHaveCount(0);
  const undoId = Number(/Undone by #(\d+)/.exec((await undone.textContent()) ?? '')?.[1]);
  const undo = page.locator(`#change-${undoId}`);
  await expect(undo).toContainText(`Undo of #${changeId}`);
  await expect(undo).toContainText(`Labour’s whip on division ${OFFICIAL_ID}: free vote → abstain`);
  await expect(undo.getByRole('link', { name: `#${changeId}` })).toHaveAttribute('href', new RegExp(`#change-${changeId}$`));

  // Deleting the division says what goes with it before it goes; undoing the deletion brings it all back.
  await page.goto(adminPage);
  await page.getByRole('link', { name: 'Delete division…' }).click();
  await expect(page.getByText(new RegExp(`This will delete division ${OFFICIAL_ID} .* with its 650 votes and 1 whip\\.`))).toBeVisible();
  await expect(page.getByText('How to undo it:')).toBeVisible();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Division deleted' })).toBeVisible();
  expect((await page.goto(`/divisions/${OFFICIAL_ID}`))?.status()).toBe(404);

  await page.goto(`/admin/changes?division=${OFFICIAL_ID}&kind=deleted`);
  await page.getByRole('article').first().getByRole('link', { name: /Undo change/ }).click();
  await expect(page.getByText(new RegExp(`This will put back division ${OFFICIAL_ID} .* with its 650 votes and 1 whip\\.`))).toBeVisible();
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was undone' })).toBeVisible();
  await page.goto(`${adminPage}/votes`);
  await expect(page.getByText(/650 members: \d+ voted for \(aye\), \d+ voted against \(no\)/)).toBeVisible();
  expect((await page.goto(`/divisions/${OFFICIAL_ID}`))?.status()).toBe(200);

  await deleteTestDivision(page, OFFICIAL_ID, /^History test division/);
});
