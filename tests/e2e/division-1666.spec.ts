import { expect, test, type Page } from '@playwright/test';
import { splitPage } from './support/payload';

async function filterToLabourAyes(page: Page) {
  const form = page.getByRole('form', { name: 'Filter members' });
  await form.getByLabel('Party').selectOption('Lab');
  await form.getByLabel('Vote').selectOption('aye');
  await form.getByRole('button', { name: 'Show members' }).click();
}

test('from Yasmin Qureshi to division 1666, then the filter gives the 56 Labour ayes', async ({ page }) => {
  await page.goto('/mps/3924');
  await page.getByRole('region', { name: 'Posts held', exact: true }).getByRole('link', { name: 'division 1666' }).click();
  // The division page's first render reads all 650 members: give it more than the default 5 s on a slow machine.
  await expect(page).toHaveURL(/\/divisions\/1666$/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('immediate ceasefire');
  await expect(page.getByText('Official count: 293 Noes. The record lists 294 names.')).toBeVisible();

  await filterToLabourAyes(page);

  await expect(page).toHaveURL(/\/divisions\/1666\?party=Lab&vote=aye#members$/);
  const members = page.getByRole('region', { name: 'How every member voted', exact: true });
  await expect(members.getByRole('status')).toHaveText('56 members (Labour, voted for)');
  const table = members.getByRole('table', { name: 'How every member voted (Labour, voted for): 56 members' });
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(56);
  await expect(rows.filter({ hasText: 'Voted for' })).toHaveCount(56);
  await expect(rows.filter({ hasText: 'Defied the whip' })).toHaveCount(56);
  await expect(rows.filter({ hasText: 'Yasmin Qureshi' })).toContainText('Frontbench on the day');
});

test('the party table shows Labour’s reported whip and 56 rebels', async ({ page }) => {
  await page.goto('/divisions/1666');
  const parties = page.getByRole('table', { name: 'How each party voted (tellers included)' });
  const labour = parties.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) });
  await expect(labour.getByRole('cell')).toHaveText(['Abstainthree-line whip, reported', '56', '56', '0', '0', '141']);
  await expect(page.getByRole('region', { name: 'Party by party', exact: true })).toContainText('What “did not vote” can mean');
});

test('the departures section lists the ten who left, with their words and sources', async ({ page }) => {
  await page.goto('/divisions/1666');
  const departures = page.getByRole('region', { name: 'Who left their posts over this vote', exact: true });
  const people = departures.getByRole('article');
  await expect(people).toHaveCount(10);
  await expect(departures).not.toContainText('Imran Hussain'); // resigned a week earlier, not over this vote

  const qureshi = people.filter({ has: page.getByRole('heading', { name: 'Yasmin Qureshi' }) });
  await expect(qureshi).toContainText('Shadow Minister for Women and Equalities');
  await expect(qureshi).toContainText('Resigned on 15 Nov 2023.');
  await expect(qureshi).toContainText('I intend to vote for this motion.');
  // Sources are named by their outlet (or title), not a bare web address.
  await expect(qureshi.getByRole('link', { name: 'The Bolton News', exact: true })).toHaveAttribute(
    'href',
    /^https:\/\/www\.theboltonnews\.co\.uk\//,
  );

  for (const person of await people.all()) {
    await expect(person.getByText('Sources for the post and how it ended')).toBeVisible();
    await expect(person.getByRole('listitem').getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  }
});

test('tellers and proxy votes are marked in the members list', async ({ page }) => {
  await page.goto('/divisions/1666?vote=aye&party=SNP');
  const rows = page.getByRole('table', { name: /How every member voted/ }).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(40);
  await expect(rows.filter({ hasText: 'Teller' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Proxy: ' }).first()).toBeVisible();
});

test('the 650 members are listed sixty a page, every page a plain link, the downloads holding them all', async ({ page }) => {
  await page.goto('/divisions/1666');
  const members = page.getByRole('region', { name: 'How every member voted', exact: true });
  await expect(members.getByRole('status')).toHaveText('650 members');
  await expect(members.getByText('Showing 1 to 60 of 650 members, 60 a page; the downloads hold them all.')).toBeVisible();
  const rows = members.getByRole('table', { name: /^How every member voted: 650 members, page \d+ of 11$/ }).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(60);
  const first = await rows.first().getByRole('rowheader').getByRole('link').textContent();

  await page.getByRole('navigation', { name: 'Pages of members' }).getByRole('link', { name: 'Next members' }).click();
  await expect(page).toHaveURL(/\/divisions\/1666\?page=2#members$/);
  await expect(members.getByText('Showing 61 to 120 of 650 members', { exact: false })).toBeVisible();
  await expect(rows).toHaveCount(60);
  expect(await rows.first().getByRole('rowheader').getByRole('link').textContent()).not.toBe(first);

  await page.goto('/divisions/1666?page=11');
  await expect(members.getByText('Showing 601 to 650 of 650 members', { exact: false })).toBeVisible();
  await expect(members.getByRole('table', { name: /page 11 of 11$/ }).locator('tbody').getByRole('row')).toHaveCount(50);
  const csv = await page.request.get('/divisions/1666/votes.csv');
  expect((await csv.text()).trim().split('\n')).toHaveLength(651);
});

test('the page sends what it repeats once: the site’s header, footer and fallback pages, the division’s opening, party chart and table, rebels, whip notes and members travel as data', async ({ page }) => {
  const response = await page.request.get('/divisions/1666');
  const { markup, payload } = splitPage(await response.text());
  expect(payload.length).toBeGreaterThan(1000);
  const drawnOnce = [
    'Where the data comes from',
    'About each party’s whip, and the sources',
    'Yasmin Qureshi</a>',
    'Search MPs, constituencies',
    'Official title</dt>',
    'Ayes (for)</dt>',
    'In the Chair, and not voting: ',
    'Did not vote</th>',
    'How every member voted</h2>',
    'the downloads hold them all.',
    'members who defied the whip are hatched',
    'Get the code to embed it',
    'No vote recorded is not the same as abstaining',
  ];
  // Drawn in the HTML…
  for (const text of drawnOnce) expect(markup).toContain(text);
  // …and not again in the payload: the header, footer and fallback pages are client components without props, and
  // the division's opening and result, its party chart and table, rebels, whip notes and members' section travel as
  // compact data, and "Embed this" and the note on not voting are drawn by client components.
  for (const text of [
    'Where the data comes from',
    'How addresses are made',
    'You cannot do that',
    'Please sign in',
    'About each party',
    '"name-item"',
    'Search MPs, constituencies',
    '"Voted for (aye)"',
    'Official title',
    'Ayes (for)',
    'In the Chair, and not voting',
    'Did not vote',
    'How every member voted',
    'the downloads hold them all',
    'Pages of members',
    'members who defied the whip are hatched',
    'party-chart-desc',
    'Get the code to embed it',
    'No vote recorded is not the same as abstaining',
  ]) {
    expect(payload, text).not.toContain(text);
  }
  expect(payload).toContain('"name":"Yasmin Qureshi"');
});
