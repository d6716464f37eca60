import { expect, test } from '@playwright/test';

// The hardening issue's items 3 to 6 against the real production server (scripts/serve.mjs) and a real browser:
// the pages run under their Content-Security-Policy, nothing injected runs, no page can be framed, and malformed or
// junk requests get clear answers without a render. tests/security/ covers each in depth.

test.describe('the Content-Security-Policy', () => {
  test('lets every public page and the sign-in page run, and the client router navigate', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/', '/divisions/1666', '/mps/3924', '/rebels?division=1666&party=Lab', '/divisions', '/login']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toMatch(/script-src 'self' 'sha256-/);
    }
    // A client-side navigation: the router's data requests pass the policy too.
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Rebels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rebels' })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('refuses a script injected into a page', async ({ page }) => {
    await page.goto('/divisions/1666');
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
          let violated: string | null = null;
          document.addEventListener('securitypolicyviolation', (event) => (violated = event.violatedDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.body.append(script);
          setTimeout(() => resolve({ ran: (window as unknown as { __injected?: boolean }).__injected === true, violated }), 200);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
  });

  test('lets no page be framed, the admin area included', async ({ page, baseURL }) => {
    for (const path of ['/admin', '/login', '/divisions/1666']) {
      await page.setContent(`<iframe title="framed" src="${baseURL}${path}"></iframe>`);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await expect.poll(() => frame?.url(), { message: path }).toMatch(/^chrome-error:/);
    }
  });
});

test.describe('requests the server answers itself', () => {
  test('sends nosniff with downloads, and the security headers with the API', async ({ request }) => {
    for (const path of ['/divisions/1666/votes.csv', '/rebels.csv?division=1666', '/api/v1/divisions/1666']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers()['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('answers malformed addresses with 400 and unused methods with 405', async ({ request }) => {
    for (const path of ['/divisions/%ff', '/mps/%ff', '/api/v1/divisions/%ff', '/divisions/%ff/votes.csv']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
    }
    for (const method of ['TRACE', 'PUT', 'DELETE']) {
      const response = await request.fetch('/divisions/1666', { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers().allow).toBe('GET, HEAD, POST');
    }
  });

  test('redirects //divisions and junk parameters to the clean address, as the framework would', async ({ request, baseURL }) => {
    // The full address: a bare //divisions would be read as another host by the client itself.
    const slashes = await request.get(`${baseURL}//divisions`, { maxRedirects: 0 });
    expect(slashes.status()).toBe(308);
    expect(slashes.headers().location).toBe('/divisions');
    const junk = await request.get('/divisions/1666?utm_source=x&vote=aye&party=Lab', { maxRedirects: 0 });
    expect(junk.status()).toBe(308);
    expect(junk.headers().location).toBe('/divisions/1666?party=Lab&vote=aye');
    const api = await request.get('/api/v1/divisions/1666/votes?cachebust=1');
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ error: 'Unknown parameter: cachebust' });
  });
});
