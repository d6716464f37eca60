// @ts-check
// The production server's own 400 (scripts/lib/server.mjs), for an address it will not pass to Next.js: a path with
// control characters or backslashes, or percent-escapes that do not decode ("/divisions/%ff"). Said the way the
// asker reads it: JSON under /api (the API's own shape, app/api/v1/_shared/http.ts), a small page for a browser
// (one that accepts text/html), plain text for anything else. Always 400, never kept by a cache.
//
// Plain Node, no dependencies.
import { pagePolicy, sendPlain } from './respond.mjs';

const BAD_SEGMENT = /[\u0000-\u0020\u007f\\]/;

/**
 * The longest start of `path` whose segments are all sound: the page the visitor probably meant, without the bad
 * part ("/divisions/%ff" → "/divisions", "/%ff" → "/").
 * @param {string} path the raw path, as sent
 */
export function soundStartOf(path) {
  if (!path.startsWith('/')) return '/';
  const kept = [];
  for (const segment of path.split('/').slice(1)) {
    if (segment === '' || BAD_SEGMENT.test(segment)) break;
    try {
      decodeURIComponent(segment);
    } catch {
      break;
    }
    kept.push(segment);
  }
  return `/${kept.join('/')}`;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A whole page with its styles inline: it is made without Next.js, so without the site's stylesheet. Light and dark
 * follow the visitor's system, as the site's pages do (app/globals.css).
 * @param {string} back
 */
function badRequestPage(back) {
  const link = escapeHtml(back);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bad request · Ayes &amp; Noes</title>
<style>
:root { color-scheme: light dark; --ink: #0b0c0c; --page: #fff; --link: #1d5fa0; --line: #b1b4b6; }
@media (prefers-color-scheme: dark) { :root { --ink: #f3f2f1; --page: #151617; --link: #8cc2ff; --line: #6f7376; } }
body { margin: 0; font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--page); }
header { background: #1d3a5f; border-bottom: 8px solid var(--link); padding: 0.75rem 1rem; }
header a { color: #fff; font-weight: 700; font-size: 1.5rem; text-decoration: none; }
main { max-width: 42rem; padding: 1.5rem 1rem; }
a { color: var(--link); }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input, button { font: inherit; height: 2.75rem; border: 2px solid var(--ink); padding: 0 0.5rem; }
input { background: var(--page); color: var(--ink); }
</style>
</head>
<body>
<header><a href="/">Ayes &amp; Noes</a></header>
<main>
<h1>That address is not valid</h1>
<p>Part of it has characters that cannot be read as an address on this site, such as a <code>%</code> that is not
followed by two hexadecimal digits of a valid character, a space or a backslash. It may have been cut short or changed
when it was copied.</p>
<p>Try <a href="${link}">${link}</a>, the same address without the part that could not be read.</p>
<form action="/search" method="get" role="search" aria-label="Search the site">
<label for="q">Search MPs, constituencies, postcodes, divisions and topics</label>
<input id="q" name="q" type="search"> <button type="submit">Search</button>
</form>
</main>
</body>
</html>
`;
}

/**
 * Answers 400 for an address that is not a sound path.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function sendBadPath(req, res) {
  const url = req.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  const back = soundStartOf(path);
  if (/^\/api(\/|$)/.test(path)) {
    return sendPlain(
      res,
      400,
      { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', vary: 'Accept' },
      JSON.stringify({ error: 'That address is not a valid path on this site: part of it does not decode' }),
    );
  }
  if (/\btext\/html\b/i.test(String(req.headers.accept ?? ''))) {
    return sendPlain(
      res,
      400,
      { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pagePolicy([]), vary: 'Accept' },
      badRequestPage(back),
    );
  }
  return sendPlain(res, 400, { vary: 'Accept' }, `Bad request: that address is not a valid path on this site. Try ${back}\n`);
}
