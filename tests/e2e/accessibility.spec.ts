import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe-core on the main public pages: no serious or critical violations (WCAG 2.1 A and AA rules).
const PAGES = [
  { name: 'home', path: '/' },
  // Every section of the division page, with its members' table cut to the 56 rebels: axe on all 650 rows takes
  // minutes on a loaded machine, and the rows are all the same component.
  { name: 'division', path: '/divisions/1666?vote=rebels' },
  { name: 'MP', path: '/mps/3924' },
  { name: 'MP list, searched', path: '/mps?q=bolton' },
  { name: 'site search, every section', path: '/search?q=bolton' },
  { name: 'site search, divisions and topics', path: '/search?q=ceasefire' },
  { name: 'rebel explorer', path: '/rebels?division=1666' },
  { name: 'API documentation', path: '/api' },
];

for (const { name, path } of PAGES) {
  test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(90_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      // Only violations are reported back, which spares axe collecting thousands of passing nodes.
      .options({ resultTypes: ['violations'] })
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`),
    ).toEqual([]);
  });
}
