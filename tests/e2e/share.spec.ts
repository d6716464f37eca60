import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 15, sharing and embedding, on the production server: share cards (og:image) answer a 1200×630 PNG and are
// named in the pages' heads with the canonical address and og:url keeping the filters the page applied; the embeds
// render their card, set no cookie and may be framed by another site while the pages still may not; and "Copy the
// code" puts the iframe code on the clipboard.

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, selector: string) => page.locator(`head ${selector}`).first().getAttribute('content');
const canonical = (page: Page) => page.locator('head link[rel="canonical"]').getAttribute('href');

test.describe('share cards', () => {
  test('a division and an MP each have an og:image that answers a 1200×630 PNG, cached like a page', async ({ page, request, baseURL }) => {
    for (const [path, image] of [
      ['/divisions/1666', '/divisions/1666/card.png'],
      ['/mps/3924', '/mps/3924/card.png'],
    ] as const) {
      await page.goto(path);
      expect(await meta(page, 'meta[property="og:image"]')).toBe(`${baseURL}${image}`);
      expect(await meta(page, 'meta[property="og:image:width"]')).toBe('1200');
      expect(await meta(page, 'meta[property="og:image:height"]')).toBe('630');
      expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await meta(page, 'meta[name="twitter:image"]')).toBe(`${baseURL}${image}`);

      const answer = await request.get(image);
      expect(answer.status(), image).toBe(200);
      expect(answer.headers()['content-type']).toBe('image/png');
      expect(pngSize(await answer.body())).toEqual({ width: 1200, height: 630 });
      expect(answer.headers()['cache-control']).toMatch(/^public/);
      const etag = answer.headers()['etag'];
      expect(etag).toBeTruthy();
      expect((await request.get(image)).headers()['x-cache']).toBe('HIT');
      expect((await request.get(image, { headers: { 'if-none-match': etag! } })).status()).toBe(304);
    }
  });

  test('titles and descriptions use the page’s own summary', async ({ page }) => {
    await page.goto('/divisions/1666');
    const description = await meta(page, 'meta[name="description"]');
    expect(description).toContain('56 members defied their party’s whip.');
    expect(description).toContain('56 Labour MPs defied the whip to abstain');
    expect(await meta(page, 'meta[property="og:description"]')).toBe(description);

    await page.goto('/mps/3924');
    const summary = (await page.getByRole('region', { name: 'In short' }).locator('p').first().textContent())!.trim();
    expect(await meta(page, 'meta[name="description"]')).toMatch(new RegExp(`^${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(await meta(page, 'meta[property="og:title"]')).toBe('Yasmin Qureshi · Ayes & Noes');
  });
});

test.describe('canonical addresses keep the filters', () => {
  test('in a clean order, with empty parameters and defaults dropped', async ({ page, baseURL }) => {
    const cases = [
      ['/divisions/1666?vote=aye&party=Lab', '/divisions/1666?party=Lab&vote=aye'],
      ['/divisions/1666?party=Lab&vote=aye&sort=', '/divisions/1666?party=Lab&vote=aye'],
      ['/divisions/1666?party=Lab&sort=party&page=9', '/divisions/1666?party=Lab&sort=party&page=4'],
      ['/divisions/1666?page=2', '/divisions/1666?page=2'],
      ['/rebels?party=Lab&division=1666&vote=aye&role=', '/rebels?division=1666&party=Lab&vote=aye'],
      ['/divisions?rebels=yes&q=amendment&from=', '/divisions?q=amendment&rebels=yes'],
      ['/topics/gaza-immediate-ceasefire?party=SNP', '/topics/gaza-immediate-ceasefire?party=SNP'],
      ['/mps/3924', '/mps/3924'],
    ] as const;
    for (const [asked, clean] of cases) {
      await page.goto(asked);
      expect(await canonical(page), asked).toBe(`${baseURL}${clean}`);
      expect(await meta(page, 'meta[property="og:url"]'), asked).toBe(`${baseURL}${clean}`);
    }
  });
});

test.describe('embeds', () => {
  test('render their card, set no cookie, and link to the full page in the top window', async ({ page }) => {
    const division = await page.goto('/embed/divisions/1666');
    expect(division?.status()).toBe(200);
    expect(division?.headers()['set-cookie']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1, name: 'SNP amendment (h): press all parties to agree to an immediate ceasefire' })).toBeVisible();
    await expect(page.getByText('Ayes 125')).toBeVisible();
    await expect(page.getByText('56 Labour MPs defied the whip to abstain.')).toBeVisible();
    await expect(page.getByRole('table', { name: /How each party voted/ }).getByRole('row', { name: /Labour/ }).first()).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('search')).toHaveCount(0);
    expect(await page.getByRole('link', { name: /SNP amendment/ }).getAttribute('target')).toBe('_top');
    expect(await page.context().cookies()).toEqual([]);

    const mp = await page.goto('/embed/mps/3924');
    expect(mp?.headers()['set-cookie']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1, name: 'Yasmin Qureshi' })).toBeVisible();
    await expect(page.getByText('MP for Bolton South East')).toBeVisible();
    await expect(page.getByText(/Latest vote against the whip/)).toBeVisible();
  });

  test('may be framed by another site, while the pages still may not', async ({ page, baseURL }) => {
    // Another site: a server of the test's own on another port of this machine, so another origin. (Not a page
    // answered by page.route: Chromium treats that as a public site, and refuses its frames to a local address.)
    const blogServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!DOCTYPE html><title>A blog</title>
        <iframe name="embed" title="embed" src="${baseURL}/embed/divisions/1666"></iframe>
        <iframe name="page" title="page" src="${baseURL}/divisions/1666"></iframe>`);
    });
    await new Promise<void>((resolve) => blogServer.listen(0, '127.0.0.1', resolve));
    const blog = `http://127.0.0.1:${(blogServer.address() as AddressInfo).port}/a-blog`;
    const embed = await page.request.get('/embed/divisions/1666');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    const normal = await page.request.get('/divisions/1666');
    expect(normal.headers()['x-frame-options']).toBe('DENY');
    expect(normal.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);

    await page.goto(blog);
    await expect(page.frameLocator('iframe[name="embed"]').getByText('56 Labour MPs defied the whip to abstain.')).toBeVisible();
    const framedPage = page.frames().find((f) => f.name() === 'page');
    await expect.poll(() => framedPage?.url()).toMatch(/^chrome-error:/);
    await new Promise((resolve) => blogServer.close(resolve));
  });
});

test.describe('Embed this', () => {
  test('offers the iframe code, and “Copy the code” puts it on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/divisions/1666');
    const section = page.getByRole('region', { name: 'Embed this' });
    await section.getByText('Get the code to embed it').click();
    const code = section.getByRole('textbox', { name: 'Code to paste into your page (HTML)' });
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute('readonly', '');
    const value = await code.inputValue();
    expect(value).toBe(
      `<iframe src="${baseURL}/embed/divisions/1666" title="Division 1666: SNP amendment (h): press all parties to agree to an immediate ceasefire, on Ayes &amp; Noes" width="100%" height="520" style="border:0;max-width:600px" loading="lazy"></iframe>`,
    );
    await section.getByRole('button', { name: 'Copy the code' }).click();
    await expect(section.getByRole('status')).toHaveText('Copied the code.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

    await page.goto('/mps/3924');
    const mpSection = page.getByRole('region', { name: 'Embed this' });
    await mpSection.getByText('Get the code to embed it').click();
    await expect(mpSection.getByRole('textbox')).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/mps/3924"`));
  });

  test('without JavaScript the code is there to select, and no button that could do nothing', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/divisions/1666');
    const section = page.getByRole('region', { name: 'Embed this' });
    await section.getByText('Get the code to embed it').click();
    await expect(section.getByRole('textbox')).toHaveValue(/^<iframe src="/);
    await expect(section.getByRole('button', { name: 'Copy the code' })).toHaveCount(0);
    await context.close();
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the embeds and the open “Embed this” pass axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ['/embed/divisions/1666', '/embed/mps/3924', '/mps/3924']) {
        await page.goto(path);
        const embedThis = page.getByRole('region', { name: 'Embed this' });
        if ((await embedThis.count()) > 0) await embedThis.getByText('Get the code to embed it').click();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
      }
      if (colorScheme === 'light') {
        await page.setViewportSize({ width: 640, height: 600 });
        await page.goto('/embed/divisions/1666');
        await page.screenshot({ path: test.info().outputPath('embed-division.png'), fullPage: true });
      }
    });
  }
});
