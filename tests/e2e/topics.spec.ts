import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The topic pages on the seeded record: "Gaza: immediate ceasefire", linked to division 1666 (aye supports).

test('from the topics list to a topic: its division, its parties in words, every MP, and what they said', async ({ page }) => {
  await page.goto('/topics');
  await page.getByRole('link', { name: 'Gaza: immediate ceasefire' }).click();
  await expect(page).toHaveURL(/\/topics\/gaza-immediate-ceasefire$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gaza: immediate ceasefire');
  await expect(page.getByRole('region', { name: 'Divisions (1)' })).toContainText('Voting aye (for) supports this.');
  const parties = page.getByRole('table', { name: 'How each party’s MPs voted on this topic' });
  await expect(parties.getByRole('row', { name: /^Labour/ })).toContainText('Voted in support every time (56 of 56 votes)');
  await expect(page.getByRole('region', { name: 'What the parties said' })).toContainText('Labour');
  const members = page.getByRole('region', { name: 'How every MP voted' });
  await expect(members.getByRole('status')).toHaveText('650 MPs, 1 to 100 shown.');
  const words = page.getByRole('region', { name: 'What MPs said, and what they did' });
  await expect(words.getByRole('heading', { name: /Yasmin Qureshi/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the party filter narrows the MPs and keeps to the page', async ({ page }) => {
    await page.goto('/topics/gaza-immediate-ceasefire');
    const form = page.getByRole('form', { name: 'Filter MPs on this topic' });
    await form.getByLabel('Party').selectOption('Lab');
    await form.getByRole('button', { name: 'Show MPs' }).click();
    await expect(page).toHaveURL(/\/topics\/gaza-immediate-ceasefire\?party=Lab$/);
    const members = page.getByRole('region', { name: 'How every MP voted' });
    await expect(members.getByRole('status')).toHaveText('197 MPs of Labour, 1 to 100 shown.');
    await page.getByRole('navigation', { name: 'Pages of MPs' }).getByRole('link', { name: 'Next MPs' }).click();
    await expect(page).toHaveURL(/\/topics\/gaza-immediate-ceasefire\?party=Lab&page=2#members$/);
    await expect(members.getByRole('status')).toHaveText('197 MPs of Labour, 101 to 197 shown.');
    await expect(members.getByRole('row', { name: /Yasmin Qureshi/ })).toContainText('Voted in support, in the one vote they cast');
  });
});

test('the topics and a topic page have no serious accessibility violations; an unknown topic is not found', async ({ page }) => {
  for (const path of ['/topics', '/topics/gaza-immediate-ceasefire?party=Lab']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), path).toEqual([]);
  }
  const missing = await page.goto('/topics/no-such-topic');
  expect(missing?.status()).toBe(404);
});

test('what MPs said on a topic is shown ten MPs a page, every page a plain link that keeps the MPs’ table where it was', async ({ page }) => {
  await page.goto('/topics/gaza-immediate-ceasefire?page=2');
  const words = page.getByRole('region', { name: 'What MPs said, and what they did' });
  const speakers = words.locator(':scope > div > h3');
  // The 18 MPs of the seeded record who spoke on it, and any statement other tests add meanwhile: read from the page.
  const total = async () => Number((await words.getByText(/^\d+ MPs, \d+ to \d+ shown/).textContent())!.match(/^(\d+) MPs/)![1]);
  const first = await total();
  expect(first).toBeGreaterThanOrEqual(18);
  await expect(words).toContainText(`${first} MPs, 1 to 10 shown.`);
  await expect(speakers).toHaveCount(10);
  const pages = words.getByRole('navigation', { name: 'Pages of what MPs said' });
  await expect(pages).toContainText(`Page 1 of ${Math.ceil(first / 10)}`);
  await pages.getByRole('link', { name: 'More MPs' }).click();
  await expect(page).toHaveURL(/\/topics\/gaza-immediate-ceasefire\?page=2&said=2#words$/);
  const second = await total();
  await expect(words).toContainText(`${second} MPs, 11 to ${Math.min(20, second)} shown`);
  await expect(speakers).toHaveCount(Math.min(10, second - 10));
  // The MPs' table stays on its page.
  await expect(page.getByRole('region', { name: 'How every MP voted' }).getByRole('status')).toHaveText('650 MPs, 101 to 200 shown.');
  await page.goto('/topics/gaza-immediate-ceasefire?said=99');
  const last = await total();
  await expect(words).toContainText(`(there are only ${Math.ceil(last / 10)} pages).`);
});
