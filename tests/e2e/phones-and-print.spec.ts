import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { PHONE, tableFits, unfitTables, widerThanScreen } from './support/phone';

// Issue 15: a phone (390 × 844) reads every table, taps targets of at least 24 px, and paper holds the content only.
// Filter forms leave no empty parameters in the address, with JavaScript or without it.

const PAGES = [
  { name: 'division', path: '/divisions/1666' },
  { name: 'division, filtered', path: '/divisions/1666?party=Lab&vote=aye' },
  { name: 'MP', path: '/mps/3924' },
  { name: 'MP list', path: '/mps?q=bolton' },
  { name: 'rebel explorer', path: '/rebels?division=1666' },
  { name: 'division finder', path: '/divisions' },
  { name: 'topic', path: '/topics/gaza-immediate-ceasefire' },
  { name: 'party', path: '/parties/Lab' },
  { name: 'compare', path: '/compare?mps=3924&mps=Naz+Shah' },
  { name: 'API documentation', path: '/api' },
];

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const { name, path } of PAGES) {
    test(`the ${name} page fits the screen, and each table is stacked or scrolls with a cue`, async ({ page }) => {
      test.setTimeout(60_000);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await widerThanScreen(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // The cue appears once the browser has measured the box.
      await page.waitForFunction(() => document.readyState === 'complete');
      await expect.poll(() => unfitTables(page)).toEqual([]);
    });
  }

  test('the division’s party table and members are stacked: the No, Both and whip cells are on screen, labelled', async ({ page }) => {
    await page.goto('/divisions/1666?party=Lab&vote=aye');
    const parties = page.getByRole('table', { name: /How each party voted/ });
    await expect(parties).toHaveCSS('display', 'block');
    const labour = parties.locator('tbody tr').filter({ hasText: 'Labour' }).first();
    for (const label of ['No', 'Both', 'Did not vote', 'Whip']) {
      const cell = labour.locator(`td[data-label="${label}"]`);
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe(`"${label}"`);
    }
    const whip = page.getByRole('table', { name: /How every member voted/ }).locator('tbody tr').first().locator('td[data-label="Whip"]');
    await expect(whip).toHaveText('Defied the whip');
    const box = (await whip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('a wide table scrolls in a focusable box that a keyboard can scroll', async ({ page }) => {
    await page.goto('/parties/Lab');
    const box = page.getByRole('region', { name: /Cohesion by division/ });
    const cue = box.locator('xpath=preceding-sibling::p[1]');
    await expect(cue).toHaveText(/Scroll sideways for more columns/);
    await expect(cue).toBeVisible();
    await box.focus();
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  for (const path of ['/', '/divisions/1666?vote=rebels', '/mps/3924', '/rebels?division=1666', '/divisions', '/topics/gaza-immediate-ceasefire', '/mps?q=bolton']) {
    test(`targets on ${path} are at least 24 px or far enough apart (axe target-size)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withRules(['target-size']).options({ resultTypes: ['violations'] }).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
    });
  }

  test('an admin table scrolls with a cue too', async ({ page }) => {
    await signIn(page, 'editor', '/admin/divisions?q=1666');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expect
      .poll(async () => (await tableFits(page)).filter((t) => !t.stacked && (!t.inScrollBox || (t.overflows && !t.cue))))
      .toEqual([]);
  });

  test('the bulk entry help fits the screen: each file’s columns are cards, what a column takes under its name', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, 'editor', '/admin/bulk');
    // Each kind's table is open when the page is asked for that kind (posts' column names are the longest).
    for (const kind of ['whips', 'posts', 'statements']) {
      await page.goto(`/admin/bulk?kind=${kind}`);
      const table = page.getByRole('table', { name: `The columns of a ${kind} file` });
      await expect(table).toBeVisible();
      await expect(table).toHaveCSS('display', 'block');
      const takes = table.locator('td[data-label="What it takes"]').first();
      expect(await takes.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"What it takes"');
      // The name above the value, so the value has the card's width.
      expect(await takes.evaluate((td) => getComputedStyle(td, '::before').display)).toBe('block');
      expect(await widerThanScreen(page), kind).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), kind).toBeLessThanOrEqual(PHONE.width);
      expect(await unfitTables(page), kind).toEqual([]);
    }
  });
});

test.describe('on paper', () => {
  // A4 at 96 dpi is 794 px wide; the page's margins (12 mm each side) leave about 703 px.
  const PRINTABLE = 794 - 2 * Math.round((12 / 25.4) * 96);
  test.use({ viewport: { width: PRINTABLE, height: 1123 } });

  // Each page with the things on screen that paper leaves out: the test first finds them on screen, so that it cannot
  // pass by looking for something the page never had. `address` is the page's canonical address, in the header.
  const PRINTED: { path: string; address: string; screenOnly: (page: Page) => Locator[] }[] = [
    {
      path: '/divisions/1666',
      address: '/divisions/1666',
      screenOnly: (page) => [page.getByRole('form', { name: 'Filter members' }), page.getByRole('navigation', { name: /^Pages of/ }), page.getByText('Embed this', { exact: true })],
    },
    {
      // Yasmin Qureshi: a post left over division 1666, statements before and after it.
      path: '/mps/3924',
      address: '/mps/3924',
      screenOnly: (page) => [
        page.getByRole('link', { name: 'Compare with other MPs' }),
        page.getByRole('link', { name: /^Follow \(Atom feed\)/ }),
        page.getByText('Embed this', { exact: true }),
        page.getByRole('link', { name: 'Report a mistake or add a source' }),
      ],
    },
    {
      path: '/rebels?division=1666',
      address: '/rebels?division=1666',
      screenOnly: (page) => [page.getByRole('form', { name: 'Filter rebels' }), page.getByRole('link', { name: /^CSV/ })],
    },
    {
      // Two pages of Labour rebels: a pager as well as the filters.
      path: '/rebels?party=Lab',
      address: '/rebels?party=Lab',
      screenOnly: (page) => [
        page.getByRole('form', { name: 'Filter rebels' }),
        page.getByRole('navigation', { name: 'Pages of rebels' }),
        page.getByRole('link', { name: 'Next page' }),
        page.getByRole('link', { name: /^JSON/ }),
        page.getByRole('link', { name: /^Follow \(Atom feed\)/ }),
      ],
    },
    {
      path: '/divisions?party=Lab&from=2023-11-01',
      address: '/divisions?from=2023-11-01&party=Lab',
      screenOnly: (page) => [
        page.getByRole('form', { name: 'Find divisions' }),
        page.getByRole('button', { name: 'Find divisions' }),
        page.getByRole('link', { name: /^CSV/ }),
        page.getByRole('link', { name: /^Follow \(Atom feed\)/ }),
      ],
    },
  ];

  for (const { path, address, screenOnly } of PRINTED) {
    test(`${path} prints without navigation or forms, under a header with its source and date, tables within the page`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(path);
      for (const thing of screenOnly(page)) await expect(thing.first()).toBeVisible();

      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

      for (const thing of screenOnly(page)) for (const each of await thing.all()) await expect(each).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
      for (const search of await page.getByRole('search').all()) await expect(search).toBeHidden();
      for (const form of await page.locator('form').all()) await expect(form).toBeHidden();
      for (const field of await page.locator('input, select, textarea, button').all()) await expect(field).toBeHidden();
      // Links that act on the site rather than read on paper: downloads, feeds, embeds, reports, comparing, editing.
      const acting = ['a[download]', 'a[href*=".csv"]', 'a[href*=".json"]', 'a[type="application/atom+xml"]', 'a[href*="/embed/"]', 'a[href^="/report"]', 'a[href^="/compare"]', 'a[href^="/admin"]'];
      for (const link of await page.locator(acting.join(', ')).all()) await expect(link).toBeHidden();

      const header = page.getByTestId('print-header');
      await expect(header).toBeVisible();
      await expect(header).toContainText('Ayes & Noes');
      await expect(header).toContainText(`${address} ·`);
      await expect(header).toContainText('Data: Commons Votes and Members API (UK Parliament), Open Parliament Licence');
      const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
      await expect(header).toContainText(`Printed ${today}`);
      // Across the page, above the content: not a narrower box of its own.
      expect((await header.boundingBox())!.width).toBeGreaterThanOrEqual(PRINTABLE - 1);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE);
      const tables = await page.locator('table').evaluateAll((all) =>
        all.map((t) => {
          const box = (t.closest('[role="region"]') ?? t.parentElement) as HTMLElement;
          return { right: Math.ceil(t.getBoundingClientRect().right), fits: box.scrollWidth <= box.clientWidth + 1 };
        }),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const { right, fits } of tables) {
        expect(right).toBeLessThanOrEqual(PRINTABLE);
        expect(fits).toBe(true);
      }
    });
  }

  test('the division says on paper which members it holds, and where the full list is', async ({ page }) => {
    await page.goto('/divisions/1666');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/Printed here: members 1–60 of 650\. The full list is at http.*\/divisions\/1666\/votes\.csv\./)).toBeVisible();
    // Printed, the division is a few pages, not 56.
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    test.info().annotations.push({ type: 'printed pages', description: String(pages) });
    expect(pages).toBeLessThanOrEqual(15);
  });

  test('the explorer says on paper which rebels it holds, and where the full list is', async ({ page }) => {
    await page.goto('/rebels?party=Lab');
    const note = page.getByText(/Printed here: rebels 1–50 of 56\. The full list is at http.*\/rebels\.csv\?party=Lab\./);
    await expect(note).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeVisible();
  });

  test('what a closed <details> holds is printed: the sources of each party’s whip on the division', async ({ page }) => {
    await page.goto('/divisions/1666');
    const details = page.locator('details').filter({ hasText: 'About each party’s whip, and the sources' });
    const notes = details.locator('dl');
    await expect(details).not.toHaveAttribute('open');
    await expect(notes).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(notes).toBeVisible();
  });
});

test.describe('clean addresses', () => {
  test('with JavaScript, a filter form leaves out empty fields and the default sort', async ({ page }) => {
    await page.goto('/rebels');
    const form = page.getByRole('form', { name: 'Filter rebels' });
    await form.getByLabel('Nation').selectOption('scotland');
    await form.getByRole('button', { name: 'Show rebels' }).click();
    await expect(page).toHaveURL(/\/rebels\?nation=scotland$/);

    await page.goto('/divisions/1666');
    const members = page.getByRole('form', { name: 'Filter members' });
    await members.getByLabel('Party').selectOption('Lab');
    await members.getByRole('button', { name: 'Show members' }).click();
    await expect(page).toHaveURL(/\/divisions\/1666\?party=Lab#members$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the server sends the browser on to the clean address', async ({ page }) => {
      await page.goto('/divisions');
      const finder = page.getByRole('form', { name: 'Find divisions' });
      await finder.getByLabel('Held from (date)').fill('2023-11-01');
      await finder.getByRole('button', { name: 'Find divisions' }).click();
      await expect(page).toHaveURL(/\/divisions\?from=2023-11-01$/);

      await page.goto('/rebels');
      await page.getByRole('form', { name: 'Filter rebels' }).getByRole('button', { name: 'Show rebels' }).click();
      await expect(page).toHaveURL(/\/rebels$/);
    });
  });

  test('downloads are named for their filters', async ({ request }) => {
    const names = {
      '/divisions/1666/votes.csv?party=Lab&vote=aye': 'division-1666-votes-labour-aye.csv',
      '/rebels.csv?division=1666&party=Lab&role=frontbench': 'rebels-division-1666-labour-frontbench.csv',
      '/divisions.json?from=2023-11-01&to=2023-11-30': 'divisions-2023-11-01-to-2023-11-30.json',
      '/mps/export.csv?party=Con&q=bolton': 'mps-conservative-matching-bolton.csv',
    };
    for (const [path, name] of Object.entries(names)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-disposition'], path).toBe(`attachment; filename="${name}"`);
    }
  });
});
