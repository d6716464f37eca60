import { createHash } from 'node:crypto';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientRateLimiter, RenderGate } from '@/scripts/lib/limits.mjs';
import { inlineScriptHashes, pagePolicy } from '@/scripts/lib/respond.mjs';
import { rawRequest, startStandIn, type StandInServer } from '../support/stand-in-server';

// Item 4 of the hardening issue: no answer carried security headers, and admin pages could be framed. Every answer
// of the production server (scripts/lib/respond.mjs) now carries nosniff, a referrer policy, a permissions policy and
// a Content-Security-Policy; a page's policy allows its own inline scripts by their hashes and nothing else inline.
// tests/e2e/security-headers.spec.ts checks the policy against the real pages in a browser.

const BOOTSTRAP = 'self.__next_f=self.__next_f||[];self.__next_f.push([0])';
const PAGE = `<!doctype html><html><head><script src="/_next/static/chunks/main.js" async></script></head>
<body><p>A page</p><script>${BOOTSTRAP}</script><script id="data" type="module">self.__next_f.push([1,"x"])</script></body></html>`;

let server: StandInServer;
beforeAll(async () => {
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '';
    if (url.startsWith('/divisions/1666/votes.csv')) {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="division-1666.csv"');
      return void res.end('name,vote\nYasmin Qureshi,aye\n');
    }
    if (url.startsWith('/api/')) {
      res.setHeader('content-type', 'application/json');
      return void res.end('{"ok":true}');
    }
    res.statusCode = url.startsWith('/missing') ? 404 : 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // Written in pieces, as Next.js streams a page.
    res.write(PAGE.slice(0, 40));
    res.end(PAGE.slice(40));
  };
  server = await startStandIn({ next, gate: new RenderGate({ concurrency: 1, queue: 0 }), limiter: new ClientRateLimiter({ rate: 0.001, burst: 6 }) });
});
afterAll(() => server.close());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Renders until this client's allowance runs out: the refusal. */
async function untilRefused() {
  for (let i = 0; ; i++) {
    const answer = await rawRequest(server.base, 'GET', `/mps?q=${i}`);
    if (answer.status !== 200 || i > 10) return answer;
  }
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(headers['content-security-policy'], what).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-frame-options'], what).toBe('DENY');
}

describe('security headers', () => {
  it('gives a page a policy naming the hashes of its own inline scripts, and no other inline script', async () => {
    const page = await rawRequest(server.base, 'GET', '/');
    expect(page.body).toBe(PAGE);
    expectSecurityHeaders(page.headers, '/');
    const policy = String(page.headers['content-security-policy']);
    const scripts = /script-src ([^;]+)/.exec(policy)![1]!.split(' ');
    expect(scripts).toEqual(["'self'", `'sha256-${sha256(BOOTSTRAP)}'`, `'sha256-${sha256('self.__next_f.push([1,"x"])')}'`]);
    expect(/script-src [^;]*unsafe/.test(policy)).toBe(false);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(policy).toMatch(/form-action 'self'/);
  });

  it('sends them with every kind of answer: admin pages, downloads, the API, errors, redirects and refusals', async () => {
    const answers: [string, Awaited<ReturnType<typeof rawRequest>>][] = [
      ['admin page', await rawRequest(server.base, 'GET', '/admin')],
      ['sign-in page', await rawRequest(server.base, 'GET', '/login')],
      ['CSV download', await rawRequest(server.base, 'GET', '/divisions/1666/votes.csv')],
      ['API', await rawRequest(server.base, 'GET', '/api/v1/divisions')],
      ['not found', await rawRequest(server.base, 'GET', '/missing')],
      ['redirect to a clean address', await rawRequest(server.base, 'GET', '/divisions?utm=1')],
      ['bad request', await rawRequest(server.base, 'GET', '/divisions/%ff')],
      ['method not allowed', await rawRequest(server.base, 'TRACE', '/')],
      ['API parameter refused', await rawRequest(server.base, 'GET', '/api/v1/divisions?x=1')],
      ['rate limited', await untilRefused()],
    ];
    expect(answers.map(([, a]) => a.status)).toEqual([200, 200, 200, 200, 404, 308, 400, 405, 400, 429]);
    for (const [what, answer] of answers) expectSecurityHeaders(answer.headers, what);
    // Only pages may run their scripts; a download, the API or a refusal may run nothing.
    for (const [what, answer] of answers.filter(([, a]) => !/^text\/html/.test(String(a.headers['content-type'])))) {
      expect(answer.headers['content-security-policy'], what).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('hashes a script as a browser does: its exact text, and only scripts without a src', () => {
    const html = `<script src="/a.js"></script><script>a()</script><SCRIPT type="application/json">{"b":1}</SCRIPT><script>\n</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha256('a()'), sha256('{"b":1}'), sha256('\n')]);
    // A page's bytes, as the server has them: the same scripts, hashed as their UTF-8, whatever characters they hold.
    const page = `<p>Voted for ✓ — “quoted”</p>${html}<script>self.push(["Qureshi’s ✓ ± – ✗ ceasefire\u00a0£"])</script>`;
    expect(inlineScriptHashes(Buffer.from(page, 'utf8'))).toEqual([...inlineScriptHashes(html), sha256('self.push(["Qureshi’s ✓ ± – ✗ ceasefire\u00a0£"])')]);
    expect(pagePolicy([sha256('a()'), sha256('a()')])).toContain(`script-src 'self' 'sha256-${sha256('a()')}';`);
  });
});
