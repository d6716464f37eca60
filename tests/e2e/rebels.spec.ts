import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { splitPage } from './support/payload';

// The rebel explorer, its division chooser, its pages, its downloads, and the party chart on division 1666.
// Expected figures: DOMAIN.md and data/commons-2023-11-15/frontbench-departures.csv (eight shadow ministers and
// two PPSs left on 15 Nov 2023). The seeded record holds one division and its 56 rebels: two pages of 50.

const SHADOW_MINISTERS = ['Paula Barker', 'Rachel Hopkins', 'Afzal Khan', 'Sarah Owen', 'Jess Phillips', 'Yasmin Qureshi', 'Naz Shah', 'Andy Slaughter'];

async function rowNames(page: Page, tableName: RegExp): Promise<string[]> {
  return page.getByRole('table', { name: tableName }).locator('tbody tr th').getByRole('link').allTextContents();
}

/** The names in a downloaded CSV (first column), after checking it is a spreadsheet-ready file. */
async function csvNames(download: Download): Promise<string[]> {
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^name,member_id,/);
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
  await expect(page).toHaveURL(/\/rebels\?division=1666&.*party=Lab&.*role=frontbench/);
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
  expect(download.suggestedFilename()).toBe('rebels-division-1666-labour-frontbench-or-pps.csv');
  expect(await csvNames(download)).toEqual(names);
});

test('a division’s CSV download holds exactly the filtered members shown', async ({ page }) => {
  await page.goto('/divisions/1666?party=Lab&vote=aye&sort=constituency');
  const names = await rowNames(page, /^How every member voted \(Labour, voted for\)/);
  expect(names).toHaveLength(56);
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'How every member voted', exact: true }).getByRole('link', { name: /^CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('division-1666-votes-labour-aye.csv');
  expect(await csvNames(download)).toEqual(names);
});

test('the party chart is an image with a name, a description and a link to its table', async ({ page }) => {
  await page.goto('/divisions/1666');
  const chart = page.getByRole('img', { name: 'How each party voted in division 1666, rebels highlighted' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Aye lobby by party, tellers included, 127: .*Labour 56 \(56 against the whip\)/);
  await expect(chart).toHaveAccessibleDescription(/No lobby by party, tellers included, 296: Conservative 290/);
  // …and how those figures meet the official counts.
  await expect(chart).toHaveAccessibleDescription(/Noes: 293 \(the official count\)\. The party figures add up to 296: 294 names recorded, plus 2 tellers/);
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
    await expect(page).toHaveURL(/division=1666&.*party=Lab&.*role=pps/);
    await expect(page.getByRole('status')).toHaveText('2 rebels, 2 votes against the whip (Labour, division 1666, PPS on the day)');
    expect(await rowNames(page, /^Rebels \(/)).toEqual(['Dan Carden', 'Mary Kelly Foy']);
  });

  test('a bad filter is explained, and the rest of the list still shows', async ({ page }) => {
    await page.goto('/rebels?nation=atlantis&party=Lab');
    await expect(page.getByRole('alert').filter({ hasText: 'Nation must be england, scotland, wales or northern-ireland' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip (Labour)');
  });
});

test.describe('the division chooser and the pages, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says which divisions the list covers, and takes a division typed by its number', async ({ page }) => {
    await page.goto('/rebels');
    await expect(page.getByText('Rebellions in the only division on record (15 Nov 2023).')).toBeVisible();
    const form = page.getByRole('form', { name: 'Filter rebels' });
    await form.getByLabel('Other divisions, by number').fill('1666');
    await form.getByLabel('Party on the day').selectOption('Lab');
    await form.getByLabel('Frontbench or PPS').selectOption('frontbench');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    // The form sends its empty fields too, which read as not set.
    await expect(page).toHaveURL(/\/rebels\?division=1666&.*party=Lab&.*role=frontbench/);
    await expect(page.getByText('Rebellions in the division chosen (15 Nov 2023).')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('8 rebels, 8 votes against the whip (Labour, division 1666, frontbench on the day)');
    // 1666 is among the latest divisions offered, so it comes back ticked there rather than typed.
    await expect(form.getByRole('checkbox', { name: /division 1666/ })).toBeChecked();
    await expect(form.getByLabel('Other divisions, by number')).toHaveValue('');
  });

  test('a mistyped or unknown division number is explained beside the field, and kept to correct', async ({ page }) => {
    await page.goto('/rebels');
    const form = page.getByRole('form', { name: 'Filter rebels' });
    const field = form.getByLabel('Other divisions, by number');
    await field.fill('16666x');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'A division is given by its Commons Votes number, e.g. 1666' })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Error: A division is given by its Commons Votes number, e\.g\. 1666\./);
    await expect(field).toHaveValue('16666x');
    // The rest of the list still shows.
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip');

    await field.fill('9999, 1666');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(field).toHaveAccessibleDescription(/There is no division 9999/);
    await expect(field).toHaveValue('9999');
  });

  test('dates scope the divisions read, and an end before the start is explained beside it', async ({ page }) => {
    await page.goto('/rebels');
    const form = page.getByRole('form', { name: 'Filter rebels' });
    await form.getByLabel('From (date)', { exact: true }).fill('2023-11-15');
    await form.getByLabel('To (date)', { exact: true }).fill('2023-11-15');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(page).toHaveURL(/from=2023-11-15&to=2023-11-15/);
    await expect(page.getByText('Rebellions in the one division on record on 15 Nov 2023.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip (on 15 Nov 2023)');

    await form.getByLabel('From (date)', { exact: true }).fill('2024-01-01');
    await form.getByLabel('To (date)', { exact: true }).fill('2023-12-01');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(form.getByLabel('To (date)', { exact: true })).toHaveAccessibleDescription(/The end date must be on or after the start date/);
    await expect(page.getByText('No divisions on record on or after 1 Jan 2024.')).toBeVisible();
    await expect(page.getByText('No rebels match these filters.')).toBeVisible();
  });

  test('pages of 50 with previous and next links that keep the filters; the CSV holds every page', async ({ page }) => {
    await page.goto('/rebels?party=Lab&sort=constituency');
    await expect(page.getByText('Showing rebels 1 to 50 of 56.')).toBeVisible();
    const pages = page.getByRole('navigation', { name: 'Pages of rebels' });
    await expect(pages).toContainText('Page 1 of 2');
    await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
    const first = await rowNames(page, /^Rebels \(Labour\): 56 rebels, page 1 of 2$/);
    expect(first).toHaveLength(50);

    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/rebels\?party=Lab&sort=constituency&page=2#rebels-list$/);
    await expect(page.getByText('Showing rebels 51 to 56 of 56.')).toBeVisible();
    await expect(pages).toContainText('Page 2 of 2');
    const second = await rowNames(page, /^Rebels \(Labour\): 56 rebels, page 2 of 2$/);
    expect(second).toHaveLength(6);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await expect(page.getByRole('status')).toHaveText('56 rebels, 56 votes against the whip (Labour)');

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /^CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('rebels-labour.csv');
    expect(await csvNames(download)).toEqual([...first, ...second]);

    await pages.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(/\/rebels\?party=Lab&sort=constituency#rebels-list$/);
    expect(await rowNames(page, /^Rebels \(/)).toEqual(first);
  });

  test('a page past the end shows the last page and says so', async ({ page }) => {
    await page.goto('/rebels?page=9');
    await expect(page.getByRole('alert').filter({ hasText: 'This list has 2 pages, so the last is shown' })).toBeVisible();
    await expect(page.getByText('Showing rebels 51 to 56 of 56.')).toBeVisible();
  });
});

test('the chooser in its error state and a second page have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ['/rebels?division=abc&from=2024-01-01&to=2023-01-01', '/rebels?page=2']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
  }
});

test('the explorer’s filters are drawn in the HTML and travel as data, not drawn again in the payload', async ({ page }) => {
  const { markup, payload } = splitPage(await (await page.request.get('/rebels?division=1666&party=Lab')).text());
  const drawn = ['Measured against', 'The latest divisions', 'Their party’s line on the topic', 'Show rebels</button>'];
  for (const text of drawn) expect(markup).toContain(text);
  expect(markup).toContain('<option value="Lab" selected="">Labour (Lab)</option>');
  expect(payload.length).toBeGreaterThan(1000);
  for (const text of ['Measured against', 'The latest divisions', 'Their party’s line', 'Show rebels', '"option"']) {
    expect(payload, text).not.toContain(text);
  }
  // The latest divisions travel with their dates already in words, as the server words them, and the parties as
  // the names the filter shows, not the record's parties whole.
  expect(payload).toContain('"date":"15 Nov 2023"');
  expect(payload).toContain('{"abbreviation":"Lab","name":"Labour"}');
  expect(payload).not.toContain('"kind"');
});
