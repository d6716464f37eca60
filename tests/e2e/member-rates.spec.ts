import { expect, test } from '@playwright/test';

// An MP's attendance and rebellion rate, with the counts and their party's median, on the seeded record of
// 15 Nov 2023: Labour whipped to abstain, 56 of its MPs voted aye, the rest of it did not vote.

test('Yasmin Qureshi: voted in 1 of 1 divisions, defied the whip in 1 of 1, beside Labour’s medians', async ({ page }) => {
  await page.goto('/mps/3924');
  const rates = page.getByRole('region', { name: 'Attendance and rebellion' });
  await expect(rates).toContainText('Voted in 1 of 1 divisions held while an MP (100%). The median for Labour MPs is 0%.');
  await expect(rates).toContainText('Defied the whip in 1 of 1 whipped votes (100%). The median for Labour MPs is 0%.');
});

test('Keir Starmer: did not vote, and followed the whip to abstain', async ({ page }) => {
  await page.goto('/search?q=Keir+Starmer');
  const rates = page.getByRole('region', { name: 'Attendance and rebellion' });
  await expect(rates).toContainText('Voted in 0 of 1 divisions held while an MP (0%).');
  await expect(rates).toContainText('Defied the whip in 0 of 1 whipped votes (0%).');
});
