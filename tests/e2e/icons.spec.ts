import { expect, test } from '@playwright/test';

// Issue 15: the favicon, touch and manifest icons (made from app/icon.svg by scripts/make-icons.mjs) and the web app
// manifest (app/manifest.ts) answer, and every page's head names them.

test('the icons and the web app manifest are served', async ({ request, page }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/icons/icon-192.png', 'image/png'],
    ['/icons/icon-512.png', 'image/png'],
    ['/icons/maskable-512.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const body = await manifest.json();
  expect(body).toMatchObject({ name: 'Ayes & Noes', short_name: 'Ayes & Noes', start_url: '/', theme_color: '#1d3a5f' });
  for (const icon of body.icons as { src: string }[]) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  // Every page names them in its head.
  await page.goto('/');
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveAttribute('sizes', '180x180');
  await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
});
