import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { seriousViolations } from './support/axe';

// Issue 15: the site follows the system's colour scheme (app/globals.css). axe-core, colour contrast included, on
// the main public pages in light and dark, at 1280 px and (the pages phones meet most) at 390 px, and on a few of the
// editors' pages in dark: no serious or critical violations. The light scheme must look as it did before dark mode:
// its page and text colours are checked too.

const PUBLIC_PAGES = [
  { name: 'home', path: '/' },
  // The division page with its members' table cut to the rebels (every section, the party chart included): axe on
  // all 650 rows takes minutes, and the rows are all the same component.
  { name: 'division', path: '/divisions/1666?vote=rebels' },
  { name: 'MP', path: '/mps/3924' },
  { name: 'rebel explorer', path: '/rebels?division=1666' },
  { name: 'topics', path: '/topics' },
  { name: 'party', path: '/parties/Lab' },
  { name: 'site search', path: '/search?q=ceasefire' },
  { name: 'division finder', path: '/divisions' },
  { name: 'compare', path: '/compare?mps=3924&mps=Naz+Shah' },
  { name: 'not found', path: '/divisions/999999', status: 404 },
  // Made by the production server itself, with its own inline styles (scripts/lib/bad-request.mjs).
  { name: 'bad request', path: '/divisions/%ff', status: 400 },
];

const ADMIN_PAGES = ['/admin', '/admin/changes'];

/** The page's background and text colours, as computed. */
function pageColours(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color, scheme: getComputedStyle(document.documentElement).colorScheme };
  });
}

// On a phone the tables stack and the header folds: the pages a phone reader meets most, again at 390 px.
const PHONE_PAGES = new Set(['home', 'division', 'MP', 'rebel explorer', 'division finder']);
const VIEWPORTS = [
  { label: '1280 px', viewport: { width: 1280, height: 800 }, pages: PUBLIC_PAGES },
  { label: '390 px', viewport: { width: 390, height: 844 }, pages: PUBLIC_PAGES.filter((p) => PHONE_PAGES.has(p.name)) },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { label, viewport, pages } of VIEWPORTS) {
    test.describe(`in the ${colorScheme} scheme at ${label}`, () => {
      test.use({ colorScheme, viewport });

      for (const { name, path, status = 200 } of pages) {
        test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
          test.setTimeout(90_000);
          const response = await page.goto(path);
          expect(response?.status()).toBe(status);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }
}

test('the page is light or dark as the system asks, and the light scheme keeps its colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/divisions/1666?vote=rebels');
  expect(await pageColours(page)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(11, 12, 12)', scheme: 'light dark' });
  const ayeBadge = page.locator('.vote-aye').first();
  await expect(ayeBadge).toHaveCSS('background-color', 'rgb(0, 112, 60)');
  await expect(ayeBadge).toHaveCSS('color', 'rgb(255, 255, 255)');

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await pageColours(page)).toEqual({ background: 'rgb(21, 22, 23)', text: 'rgb(243, 242, 241)', scheme: 'light dark' });
  // Aye turns light, and the text on it dark.
  await expect(ayeBadge).toHaveCSS('color', 'rgb(11, 12, 12)');
  // The party chart's words and outlines take the text's colour.
  await expect(page.locator('#party-chart-title + desc + defs + g')).toHaveCSS('fill', 'rgb(243, 242, 241)');
});

test.describe('the editors’ pages in the dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('have no serious accessibility violations', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor', '/admin');
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    // The whips page of division 1666, found as an editor finds it.
    await page.goto('/admin/divisions?q=1666');
    await page.getByRole('link', { name: /immediate ceasefire/ }).click();
    await expect(page.getByRole('form', { name: 'Edit division' })).toBeVisible();
    await page.goto(`${new URL(page.url()).pathname}/whips`);
    expect(await seriousViolations(page), 'whips').toEqual([]);
    // A form showing its errors: the error colours in the dark.
    await page.getByRole('button', { name: 'Save whip' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /There (is a problem|are problems)/ })).toBeVisible();
    expect(await seriousViolations(page), 'whips with errors').toEqual([]);
  });
});
