import { expect, test } from '@playwright/test';
import { splitPage } from './support/payload';

test('finds Yasmin Qureshi by constituency from the home page, with her post, her words and the verdict', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Find your MP' });
  await search.getByLabel('MP name, constituency or postcode').fill('Bolton South East');
  await search.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(/\/mps\?q=Bolton\+South\+East$/);
  await expect(page.getByRole('status')).toContainText('1 MP found for “Bolton South East”');
  const results = page.getByRole('table', { name: 'MPs matching your search' });
  await expect(results.getByRole('row')).toHaveCount(2); // the header and Yasmin Qureshi
  await results.getByRole('link', { name: 'Yasmin Qureshi' }).click();

  await expect(page).toHaveURL(/\/mps\/3924$/);
  await expect(page).toHaveTitle('Yasmin Qureshi · Ayes & Noes');
  await expect(page.getByRole('heading', { level: 1, name: 'Yasmin Qureshi' })).toBeVisible();
  await expect(page.getByText('MP for Bolton South East, seen in the division records on 15 Nov 2023')).toBeVisible();

  const posts = page.getByRole('region', { name: 'Posts held', exact: true });
  await expect(posts).toContainText('Shadow Minister for Women and Equalities, resigned 15 Nov 2023 over division 1666');
  await expect(posts.getByRole('link', { name: 'division 1666' })).toHaveAttribute('href', '/divisions/1666');

  const votes = page.getByRole('region', { name: 'Votes', exact: true });
  await expect(votes).toContainText('Voted for. Defied the Labour whip to abstain.');

  const said = page.getByRole('region', { name: 'What they said', exact: true });
  const statement = said.getByRole('listitem').filter({ hasText: 'I intend to vote for this motion.' });
  await expect(statement).toHaveCount(1);
  await expect(statement).toContainText('Said vs did: Kept their word.');
  await expect(statement.getByRole('link', { name: 'Source: The Bolton News' }).first()).toHaveAttribute(
    'href',
    /theboltonnews\.co\.uk/,
  );
});

test('an MP slug and a division slug redirect to the official ids', async ({ page }) => {
  await page.goto('/mps/yasmin-qureshi');
  await expect(page).toHaveURL(/\/mps\/3924$/);
  await page.goto('/divisions/1666-snp-ceasefire-amendment');
  await expect(page).toHaveURL(/\/divisions\/1666$/);
});

test('the MPs page’s search form is drawn in the HTML and travels as data, not drawn again in the payload', async ({ page }) => {
  const { markup, payload } = splitPage(await (await page.request.get('/mps?q=Qureshi')).text());
  expect(markup).toContain('Name, constituency or postcode');
  expect(markup).toMatch(/<option value="Lab">Labour \(\d+\)<\/option>/);
  expect(payload.length).toBeGreaterThan(1000);
  expect(payload).not.toContain('Name, constituency or postcode');
  expect(payload).not.toContain('"option"');
});

test('an MP page’s opening is drawn in the HTML and travels as data, not drawn again in the payload', async ({ page }) => {
  const { markup, payload } = splitPage(await (await page.request.get('/mps/3924')).text());
  const drawn = ['Profile on parliament.uk', 'Compare with other MPs', 'Follow (Atom feed)', 'In short'];
  for (const text of drawn) expect(markup).toContain(text);
  expect(markup).toMatch(/MP for <strong>Bolton South East<\/strong>/);
  expect(payload.length).toBeGreaterThan(1000);
  for (const text of drawn) expect(payload, text).not.toContain(text);
  expect(payload).toContain('"name":"Yasmin Qureshi"');
});

test('what an MP said travels as data worded on the server, drawn in the HTML and not again in the payload', async ({ page }) => {
  const { markup, payload } = splitPage(await (await page.request.get('/mps/3924')).text());
  // Her verdict, a quote with its caption and source, and the Edit link not drawn for a reader who is not an editor.
  expect(markup).toContain('<strong>Said vs did: Kept their word.</strong> Before the vote they said they support it; they voted for.');
  expect(markup).toContain('<p>I intend to vote for this motion.</p>');
  expect(markup).toMatch(/statement, 15 Nov 2023\. <a href="https:\/\/www\.theboltonnews\.co\.uk\/[^"]+" rel="noopener noreferrer">Source: The Bolton News<\/a>/);
  expect(markup).not.toContain('/admin/stances/');
  // In the payload: the sentences once, as data; no figure, quote or caption drawn element by element.
  expect(payload).toContain('"said":"statement, 15 Nov 2023. "');
  for (const element of ['"figure"', '"blockquote"', '"figcaption"']) expect(payload, element).not.toContain(element);
  expect(payload).not.toContain('Said vs did: Kept their word.</strong>');
});

test('the MPs page lists a hundred a page, every page a plain link, its rows drawn in the HTML and sent once as data', async ({ page }) => {
  // The 650 seated on the day, and any member other tests add meanwhile: read on each page from its own status line.
  const totalShown = async () => Number((await page.getByRole('status').textContent())!.match(/^([\d,]+) MPs/)![1]!.replace(/,/g, ''));
  const count = (n: number) => n.toLocaleString('en-GB');
  await page.goto('/mps');
  let total = await totalShown();
  expect(total).toBeGreaterThanOrEqual(650);
  await expect(page.getByText(`Showing 1 to 100 of ${count(total)}, 100 a page.`)).toBeVisible();
  const table = page.getByRole('table', { name: 'All MPs, by surname' });
  await expect(table.getByRole('row')).toHaveCount(101); // the header and 100 MPs
  const pages = page.getByRole('navigation', { name: 'Pages of MPs' });
  await expect(pages).toContainText(`Page 1 of ${Math.ceil(total / 100)}`);
  await pages.getByRole('link', { name: 'More MPs' }).click();
  await expect(page).toHaveURL(/\/mps\?page=2$/);
  // The pager's links move within the app: the address changes first, then page 2 is drawn, its head with it.
  await expect(page.getByText(/^Showing 101 to 200 of [\d,]+, 100 a page\.$/)).toBeVisible();
  const canonical = page.locator('head link[rel="canonical"]');
  await expect(canonical).toHaveAttribute('href', /\/mps\?page=2$/);
  total = await totalShown();
  await expect(page.getByText(`Showing 101 to 200 of ${count(total)}, 100 a page.`)).toBeVisible();
  await page.goto('/mps?page=99');
  total = await totalShown();
  const pageCount = Math.ceil(total / 100);
  await expect(
    page.getByText(`Showing ${count((pageCount - 1) * 100 + 1)} to ${count(total)} of ${count(total)}, 100 a page (there are only ${pageCount} pages).`),
  ).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(total - (pageCount - 1) * 100 + 1);
  // The canonical address is the page shown, the last; a search's, on any page, is the list of every MP.
  await expect(canonical).toHaveAttribute('href', new RegExp(`/mps\\?page=${pageCount}$`));
  await page.goto('/mps?q=a&page=2');
  await expect(canonical).toHaveAttribute('href', /\/mps$/);

  // A search narrows the list first, then pages it; a party's badge and a member's link as before.
  await page.goto('/mps?q=Qureshi');
  await expect(page.getByRole('navigation', { name: 'Pages of MPs' })).toHaveCount(0);
  const results = page.getByRole('table', { name: 'MPs matching your search' });
  await expect(results.getByRole('link', { name: 'Yasmin Qureshi' })).toHaveAttribute('href', '/mps/3924');
  await expect(results.getByRole('row', { name: /Yasmin Qureshi/ })).toContainText('Labour');

  const { markup, payload } = splitPage(await (await page.request.get('/mps')).text());
  expect(markup).toMatch(/<tr><th scope="row"><a href="\/mps\/\d+" class="font-semibold">/);
  expect(payload).toContain('"name":"Diane Abbott"');
  expect(payload).not.toContain('class=\\"font-semibold\\"');
});

test('an MP’s record against the whip travels as data worded on the server, drawn in the HTML only', async ({ page }) => {
  const { markup, payload } = splitPage(await (await page.request.get('/mps/3924')).text());
  expect(markup).toContain('id="rebellion-history-heading"');
  expect(markup).toContain('<strong>Defied the whip 1 time in 1 whipped vote</strong>');
  expect(markup).toMatch(/<li><a href="\/divisions\/1666">[^<]+<\/a><span class="block text-sm text-muted">15 Nov 2023 · voted for, defying the whip to abstain \(/);
  expect(payload).toContain('"tally":"Defied the whip 1 time in 1 whipped vote"');
  expect(payload).not.toContain('rebellion-history-heading');
});
