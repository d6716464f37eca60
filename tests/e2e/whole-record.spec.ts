import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The whole record over time, in the browser: a site holding the real record of 15 Nov 2023 and three divisions
// of other days in the official shape (tests/fixtures/parliaments: 3 Jul 2023, 17 Jan 2024, and 1 Jul 2025 in the
// Parliament elected on the 2024 boundaries), loaded by the importer before the server starts (playwright.config.ts).

const partyRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'How each party voted (tellers included)' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('3 July 2023: Labour’s whip is not inferred from 10 of 193 MPs, the division is numbered in its session, the Chair is the Chair', async ({ page }) => {
  await page.goto('/divisions/1586', { timeout: 30_000 });
  await expect(page.getByText('3 Jul 2023, division 278 of the session')).toBeVisible();
  await expect(partyRow(page, 'Labour').getByRole('cell').first()).toHaveText(
    'No whip known: none recorded, and none can be inferred: only 10 of 193 Labour MPs voted (a party that mostly stays away may have been told to abstain)',
  );
  await expect(partyRow(page, 'Conservative').getByRole('cell').first()).toHaveText('Vote forinferred: 256 of 256 Conservative MPs who voted, 92 did not');
  await expect(partyRow(page, 'Speaker')).toHaveCount(0);
  await expect(page.getByText(/In the Chair, and not voting: Nigel Evans \(Deputy Speaker\), Lindsay Hoyle \(Speaker\)/)).toBeVisible();
  // The members' filter offers parties, never the Chair; "did not vote" leaves the Chair out.
  const filter = page.getByRole('form', { name: 'Filter members' });
  await expect(filter.getByLabel('Party').getByRole('option', { name: /Speaker/ })).toHaveCount(0);
});

test('17 January 2024: members in both lobbies are said to be so, and the totals meet the official counts', async ({ page }) => {
  await page.goto('/divisions/1720', { timeout: 30_000 });
  await expect(partyRow(page, 'Democratic Unionist Party').getByRole('cell').first()).toHaveText(
    'No whip known: none recorded, and none can be inferred: the 6 Democratic Unionist Party MPs who voted all went through both lobbies (a recorded abstention)',
  );
  await expect(
    page.getByText(
      'Ayes: 320 (the official count). The party figures add up to 316: the 320 names recorded, plus 2 tellers, counted with their party but not in the official count, less 6 members also listed in the other lobby, shown as “both”.',
      { exact: true },
    ),
  ).toBeVisible();
});

test('a member first seen in a 2025 division is an MP: found by name and by seat, with party, seat and when the records saw them', async ({ page }) => {
  await page.goto('/mps?q=Aldershot');
  const results = page.getByRole('table', { name: 'MPs matching your search' });
  await expect(results.getByRole('row').filter({ hasText: 'Joseph Owen' })).toContainText('Aldershot');
  await results.getByRole('link', { name: 'Joseph Owen' }).click();
  await expect(page).toHaveURL(/\/mps\/91001$/);
  await expect(page.getByText('MP for Aldershot, seen in the division records on 1 Jul 2025')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Posts held', exact: true })).toContainText(
    'No post recorded. Their official posts have not been imported and no editor has checked them, so this does not mean they held none.',
  );
  const votes = page.getByRole('region', { name: 'Votes', exact: true });
  await expect(votes).toContainText('Labour, Aldershot');
  await expect(votes).toContainText('Voted against. Defied the inferred Labour whip to vote for.');
});

test('a member who changed party: listed under the latest, each vote under the party and seat of its day', async ({ page }) => {
  await page.goto('/mps?q=Lee+Anderson');
  await expect(page.getByRole('table', { name: 'MPs matching your search' }).getByRole('row').filter({ hasText: 'Lee Anderson' })).toContainText('Reform UK');
  await page.goto('/mps/4743');
  const periods = page.getByRole('table', { name: 'Party and seat over time, latest first' }).locator('tbody').getByRole('row');
  await expect(periods).toHaveText([
    /Reform UK\s*Ashfield\s*seen in the division records on 1 Jul 2025/,
    /Conservative\s*Ashfield\s*seen in the division records from 3 Jul 2023 to 17 Jan 2024/,
  ]);
  const votes = page.getByRole('region', { name: 'Votes', exact: true });
  await expect(votes.getByRole('row').filter({ hasText: 'division 1720' })).toContainText('Conservative, Ashfield');
  await expect(votes.getByRole('row').filter({ hasText: 'division 2105' })).toContainText('Reform UK, Ashfield');
});

test('a renamed member is found by the earlier name', async ({ page }) => {
  await page.goto('/mps?q=Edward+Miliband');
  await page.getByRole('table', { name: 'MPs matching your search' }).getByRole('link', { name: 'Ed Miliband' }).click();
  await expect(page.getByText('Also recorded as Edward Miliband.')).toBeVisible();
});

test('the explorer filters the new Parliament’s rebels by nation, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/rebels?division=2105');
  const form = page.getByRole('form', { name: 'Filter rebels' });
  await form.getByLabel('Nation').selectOption('wales');
  await form.getByRole('button', { name: /Show rebels/ }).click();
  await expect(page).toHaveURL(/nation=wales/);
  const table = page.getByRole('table').first();
  const rows = table.locator('tbody').getByRole('row');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row).toContainText('Labour');
  await context.close();
});

test('Yasmin Qureshi: one verdict on what she said before the vote, her words after it apart, her party’s line beside them', async ({ page }) => {
  await page.goto('/mps/3924');
  const said = page.getByRole('region', { name: 'What they said', exact: true });
  await expect(said.getByText('Said vs did: Kept their word.')).toHaveCount(1);
  await expect(said.getByRole('heading', { name: 'Said before the vote' })).toBeVisible();
  await expect(said.getByRole('heading', { name: 'Explained their vote afterwards' })).toBeVisible();
  await expect(said.getByRole('heading', { name: 'Their party’s line' })).toBeVisible();
  await expect(said).toContainText('This is a whipped vote and every MP knows what the consequence of that means.');
});

test('division 1666 shows what the parties said', async ({ page }) => {
  await page.goto('/divisions/1666#party-lines', { timeout: 30_000 });
  const lines = page.getByRole('region', { name: 'What the parties said', exact: true });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await expect(lines).toContainText('urge the Government to lead calls for an immediate bilateral ceasefire');
});

for (const path of ['/divisions/1720?vote=both', '/mps/4743', '/mps/91001']) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(90_000);
    expect((await page.goto(path))?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
  });
}
