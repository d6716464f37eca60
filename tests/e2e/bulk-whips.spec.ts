import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';

// The proof of bulk entry: a whips file for division 1666 with a bad line is refused whole (the line named,
// the public page unchanged), a good one changes Labour's whip from abstain to "vote for" (its 56 ayes are no
// longer rebels), and one undo brings back the 56. The file changes the seeded record other tests read; the undo
// at the end puts it back as it was.

const BAD = path.join(process.cwd(), 'tests/fixtures/bulk/whips-1666-bad.csv');
const GOOD = path.join(process.cwd(), 'tests/fixtures/bulk/whips-1666-good.csv');
const AS_SEEDED = ['Abstainthree-line whip, reported', '56', '56', '0', '0', '141'];

const labourCells = (page: Page) =>
  page
    .getByRole('table', { name: 'How each party voted (tellers included)' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) })
    .getByRole('cell');

async function chooseFile(page: Page, file: string, button: 'Check only' | 'Check and load') {
  await page.goto('/admin/bulk');
  const form = page.getByRole('form', { name: 'Load a bulk file' });
  await form.getByRole('radio', { name: 'Whips' }).check();
  await form.getByLabel('CSV file').setInputFiles(file);
  await form.getByRole('button', { name: button }).click();
}

test('a whips file with a bad line is refused whole; a good one changes the rebels; one undo restores the 56', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin');
  await page.goto('/divisions/1666');
  await expect(labourCells(page)).toHaveText(AS_SEEDED);

  // The overview links to the form, which offers the template of the kind chosen.
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Bulk entry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bulk entry: whips, posts and statements from a CSV file');
  await expect(page.getByRole('link', { name: 'Download the template for whips (whips.csv)' })).toHaveAttribute('href', '/admin/bulk/templates/whips.csv');
  const template = await page.request.get('/admin/bulk/templates/whips.csv');
  expect(template.status()).toBe(200);
  expect(await template.text()).toContain('division,party,instruction,strength,basis,note,source_url,source_note\r\n1666,Labour,abstain,3,reported,');

  // A bad line: the whole file is refused, the line and column named, the focus on the list, the kind kept.
  await chooseFile(page, BAD, 'Check and load');
  const refused = page.getByRole('alert').filter({ hasText: 'The file was refused' });
  await expect(refused).toContainText('nothing was written. 1 problem in whips-1666-bad.csv');
  await expect(refused.getByRole('list', { name: 'Problems in whips-1666-bad.csv' }).getByRole('listitem')).toHaveText([
    'Line 3, column instruction: “abstian” is not one of aye, no, abstain, free',
  ]);
  await expect(refused).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Whips' })).toBeChecked();
  await page.goto('/divisions/1666');
  await expect(labourCells(page)).toHaveText(AS_SEEDED);

  // Check only: says what would change, writes nothing.
  await chooseFile(page, GOOD, 'Check only');
  const checked = page.getByRole('status').filter({ hasText: 'Checked whips-1666-good.csv' });
  await expect(checked).toContainText('Line 2: Labour’s whip on division 1666: changed (instruction abstain → aye');
  await expect(checked).toContainText('Dry run, nothing written. 1 file(s): 0 new, 1 changed, 0 unchanged, 0 skipped, 0 failed.');
  await page.goto('/divisions/1666');
  await expect(labourCells(page)).toHaveText(AS_SEEDED);

  // The good file: written as one change; Labour's 56 ayes followed the whip now.
  await chooseFile(page, GOOD, 'Check and load');
  const loaded = page.getByRole('status').filter({ hasText: 'Loaded whips-1666-good.csv' });
  await expect(loaded).toContainText('1 file(s): 0 new, 1 changed, 0 unchanged, 0 skipped, 0 failed.');
  const undo = loaded.getByRole('link', { name: /^Undo change #\d+$/ });
  const undoHref = (await undo.getAttribute('href')) ?? '';
  expect(undoHref).toMatch(/^\/admin\/changes\/\d+\/undo\?returnTo=/);
  await page.goto('/divisions/1666');
  await expect(labourCells(page).nth(1)).toHaveText('0');
  await expect(labourCells(page).first()).not.toContainText('Abstain');

  // One undo, through the confirmation page, restores the 56 rebels.
  await page.goto(undoHref);
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/bulk', { timeout: 20_000 });
  await page.goto('/divisions/1666');
  await expect(labourCells(page)).toHaveText(AS_SEEDED);
});
