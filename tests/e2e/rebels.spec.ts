import fs from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

// The rebel explorer, its downloads, and the party chart on division 1666. Expected figures: DOMAIN.md and
// data/commons-2023-11-15/frontbench-departures.csv (eight shadow ministers and two PPSs left on 15 Nov 2023).

const SHADOW_MINISTERS = ['Paula Barker', 'Rachel Hopkins', 'Afzal Khan', 'Sarah Owen', 'Jess Phillips', 'Yasmin Qureshi', 'Naz Shah', 'Andy Slaughter'];

async function rowNames(page: Page, tableName: RegExp): Promise<string[]> {
  return page.getByRole('table', { name: tableName }).locator('tbody tr th').getByRole('link').allTextContents();
}

/** The names in a downloaded CSV (first column), after checking it is a spreadsheet-ready file. */
async function csvNames(download: Download): Promise<string[]> {
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^Name,/);
  // Names hold no commas or quotes in this record, so the first field is the text up to the first comma.
  return lines.slice(1).map((line) => line.split(',')[0]!);
}

async function filterToLabourFrontbench(page: Page) {
  await page.goto('/rebels');
  const form = page.getByRole('form', { name: 'Filter rebels' });
  await form.getByRole('checkbox', { name: /division 1666/ }).check();
  await form.getByLabel('Party on the day').selectOption('Lab');
  await form.getByLabel('Frontbench or PPS').selectOption('frontbench');
  await form.getByRole('button', { name: 'Show rebels' }).click();
}

test('the explorer: Labour + division 1666 + frontbench on the day gives the eight shadow ministers, and the URL reproduces it', async ({ page, browser }) => {
  await filterToLabourFrontbench(page);
  await expect(page).toHaveURL(/\/rebels\?division=1666&party=Lab&.*role=frontbench/);
  await expect(page.getByRole('status')).toHaveText('8 rebels, 8 votes against the whip (Labour, division 1666, frontbench on the day)');
  const names = await rowNames(page, /^Rebels \(Labour, division 1666, frontbench on the day\)/);
  expect([...names].sort()).toEqual([...SHADOW_MINISTERS].sort());
  await expect(page.getByRole('row').filter({ hasText: 'Yasmin Qureshi' })).toContainText('Left a post over it');

  // Sharing the address: a fresh browser context with no history shows the same list.
  const shared = await browser.newContext();
  const other = await shared.newPage();
  await other.goto(page.url());
  expect(await rowNames(other, /^Rebels \(/)).toEqual(names);
  await expect(other.getByRole('form', { name: 'Filter rebels' }).getByLabel('Frontbench or PPS')).toHaveValue('frontbench');
  await shared.close();
});

test('the explorer’s CSV download holds exactly the rows on the page', async ({ page }) => {
  await page.goto('/rebels?division=1666&party=Lab&role=payroll&sort=constituency');
  await expect(page.getByRole('status')).toContainText('10 rebels');
  const names = await rowNames(page, /^Rebels \(/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rebels-1666-lab.csv');
  expect(await csvNames(download)).toEqual(names);
});

test('a division’s CSV download holds exactly the filtered members shown', async ({ page }) => {
  await page.goto('/divisions/1666?party=Lab&vote=aye&sort=constituency');
  const names = await rowNames(page, /^How every member voted \(Labour, voted for\)/);
  expect(names).toHaveLength(56);
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'How every member voted', exact: true }).getByRole('link', { name: /^CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('division-1666-votes-lab-aye.csv');
  expect(await csvNames(download)).toEqual(names);
});

test('the party chart is an image with a name, a description and a link to its table', async ({ page }) => {
  await page.goto('/divisions/1666');
  const chart = page.getByRole('img', { name: 'How each party voted in division 1666, rebels highlighted' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Ayes, tellers included, 127: .*Labour 56 \(56 against the whip\)/);
  await expect(chart).toHaveAccessibleDescription(/Noes, tellers included, 296: Conservative 290/);
  await page.getByRole('figure').getByRole('link', { name: 'How each party voted' }).click();
  await expect(page).toHaveURL(/#party-table$/);
  await expect(page.getByRole('table', { name: 'How each party voted (tellers included)' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer filters still work and the PPS filter gives the two who left', async ({ page }) => {
    await page.goto('/rebels');
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip');
    const form = page.getByRole('form', { name: 'Filter rebels' });
    await form.getByRole('checkbox', { name: /division 1666/ }).check();
    await form.getByLabel('Party on the day').selectOption('Lab');
    await form.getByLabel('Frontbench or PPS').selectOption('pps');
    await form.getByLabel('Sort by').selectOption('name');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(page).toHaveURL(/division=1666&party=Lab&.*role=pps/);
    await expect(page.getByRole('status')).toHaveText('2 rebels, 2 votes against the whip (Labour, division 1666, PPS on the day)');
    expect(await rowNames(page, /^Rebels \(/)).toEqual(['Dan Carden', 'Mary Kelly Foy']);
  });

  test('a bad filter is explained, and the rest of the list still shows', async ({ page }) => {
    await page.goto('/rebels?nation=atlantis&party=Lab');
    await expect(page.getByRole('alert')).toContainText('Nation must be england, scotland, wales or northern-ireland');
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip (Labour)');
  });
});
