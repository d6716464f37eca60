// @ts-check
// The production server's own 400 (scripts/lib/server.mjs), for an address it will not pass to Next.js: a path with
// control characters or backslashes, or percent-escapes that do not decode ("/divisions/%ff"). Said the way the
// asker reads it: JSON under /api (the API's own shape, app/api/v1/_shared/http.ts), a small page for a browser (one
// whose Accept header ranks text/html first: error-page.mjs), plain text for anything else. Always 400, never kept by
// a cache.
//
// Plain Node, no dependencies.
import { errorPageHtml, escapeHtml, prefersHtml } from './error-page.mjs';
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

/**
 * The page a browser gets: what was wrong, the address without the bad part, and the site search.
 * @param {string} back
 */
function badRequestPage(back) {
  const link = escapeHtml(back);
  return errorPageHtml({
    title: 'Bad request',
    body: `
<h1>That address is not valid</h1>
<p>Part of it has characters that cannot be read as an address on this site, such as a <code>%</code> that is not
followed by two hexadecimal digits of a valid character, a space or a backslash. It may have been cut short or changed
when it was copied.</p>
<p>Try <a href="${link}">${link}</a>, the same address without the part that could not be read.</p>
<form action="/search" method="get" role="search" aria-label="Search the site">
<label for="q">Search MPs, constituencies, postcodes, divisions and topics</label>
<input id="q" name="q" type="search"> <button type="submit">Search</button>
</form>`,
  });
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
  if (prefersHtml(req.headers.accept)) {
    return sendPlain(
      res,
      400,
      { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pagePolicy([]), vary: 'Accept' },
      badRequestPage(back),
    );
  }
  return sendPlain(res, 400, { vary: 'Accept' }, `Bad request: that address is not a valid path on this site. Try ${back}\n`);
}
