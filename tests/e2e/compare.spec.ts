import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Comparing MPs on the seeded record (division 1666 only).

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('two MPs who voted the same way: by name, with the MPs kept in the form', async ({ page }) => {
    await page.goto('/compare');
    const form = page.getByRole('form', { name: 'Choose MPs to compare' });
    await form.getByLabel('MP 1').fill('Yasmin Qureshi');
    await form.getByLabel('MP 2').fill('Naz Shah');
    await form.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('status')).toHaveText('All 2 voted the same way in 1 of the 1 division all of them voted in (100%).');
    await expect(page.getByRole('region', { name: 'Where they differed (0)' })).toContainText('Nowhere');
    await expect(form.getByLabel('MP 1')).toHaveValue(/Naz Shah|Yasmin Qureshi/);
  });

  test('an MP nobody matches is named beside the field', async ({ page }) => {
    await page.goto('/compare?mps=Yasmin+Qureshi&mps=zzqxv');
    await expect(page.getByText('No MP matches “zzqxv”.')).toBeVisible();
    await expect(page.getByText('Choose at least two MPs to compare.')).toBeVisible();
  });
});

test('a name that is not an MP’s whole name says which MP it was read as', async ({ page }) => {
  await page.goto('/compare?mps=qureshi&mps=Naz+Shah');
  await expect(page.getByText('“qureshi” read as Yasmin Qureshi. Type a member id to choose another.')).toBeVisible();
});

test('the compare page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/compare?mps=3924&mps=Naz+Shah');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
