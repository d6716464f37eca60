import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The party pages on the seeded record of 15 Nov 2023.

test('from the parties list to Labour: its MPs, its whip, its rebels, its departures and how united it voted', async ({ page }) => {
  await page.goto('/parties');
  await page.getByRole('link', { name: /Labour/ }).first().click();
  await expect(page).toHaveURL(/\/parties\/Lab$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labour');
  await expect(page.getByRole('region', { name: 'Whips recorded' })).toContainText('1 division: Abstain');
  // 56 rebels with one rebellion each: the first 20 by name.
  const rebels = page.getByRole('region', { name: 'Its most frequent rebels' }).getByRole('listitem');
  await expect(rebels).toHaveCount(20);
  await expect(rebels.first()).toHaveText('Tahir Ali: 1 vote against the whip');
  const departures = page.getByRole('region', { name: 'Posts left over a vote (10)' });
  await expect(departures.getByRole('listitem').filter({ hasText: 'Yasmin Qureshi' })).toContainText('over division 1666');
  const cohesion = page.getByRole('table', { name: 'Labour: cohesion in the latest divisions' });
  await expect(cohesion.getByRole('row', { name: /immediate ceasefire/ })).toContainText('100%');
});

test('the parties list and a party page have no serious accessibility violations; an unknown party is not found', async ({ page }) => {
  for (const path of ['/parties', '/parties/Lab']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), path).toEqual([]);
  }
  expect((await page.goto('/parties/Nope'))?.status()).toBe(404);
});
