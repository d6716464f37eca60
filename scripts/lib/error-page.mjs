// @ts-check
// Errors said the way the asker reads them. A person's browser, following a link or an address typed in, gets a small
// page that says what is wrong and where to go; a program keeps getting the error in its own terms (JSON, plain text).
// Used by the production server's own 400 (bad-request.mjs) and by the downloads' 400 and 404 (lib/export/response.ts).
//
// Plain Node, no dependencies: the production server loads it before Next.js.

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
// The formats of the data itself: an asker that takes them as readily as a page is a program.
const DATA_TYPES = ['application/json', 'text/csv', 'text/plain'];

/**
 * Reads an Accept header into the quality of each media range it names ("text/html" → 1, "*\/*" → 0.8).
 * @param {string | string[] | null | undefined} accept
 */
function readAccept(accept) {
  /** @type {Map<string, number>} */
  const ranges = new Map();
  for (const part of (Array.isArray(accept) ? accept.join(',') : (accept ?? '')).split(',')) {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!/^[^/\s]+\/[^/\s]+$/.test(range)) continue;
    const q = params.map((p) => /^q=([01](?:\.\d{0,3})?)$/.exec(p)).find(Boolean);
    ranges.set(range, Math.max(ranges.get(range) ?? 0, q ? Number(q[1]) : 1));
  }
  return ranges;
}

/**
 * The quality the asker gives `type`: that of the most specific range that matches it (RFC 9110, 12.5.1).
 * @param {Map<string, number>} ranges @param {string} type
 */
function qualityOf(ranges, type) {
  return ranges.get(type) ?? ranges.get(`${type.split('/')[0]}/*`) ?? ranges.get('*/*') ?? 0;
}

/**
 * Whether the asker wants a page: its Accept header names text/html (or application/xhtml+xml) among the types it
 * prefers most, and prefers it to the data's own formats (JSON, CSV, plain text), wildcards counted. That is what
 * browsers send for a link or a typed address ("text/html,application/xhtml+xml,…,*\/*;q=0.8"). A program that sends
 * no Accept header, "*\/*", application/json or text/csv, or ranks text/html no higher than JSON, gets the error in its
 * own terms.
 * @param {string | string[] | null | undefined} accept the request's Accept header
 */
export function prefersHtml(accept) {
  const ranges = readAccept(accept);
  const html = Math.max(0, ...HTML_TYPES.map((type) => ranges.get(type) ?? 0));
  const best = Math.max(0, ...ranges.values());
  const data = Math.max(0, ...DATA_TYPES.map((type) => qualityOf(ranges, type)));
  return html > 0 && html === best && html > data;
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A whole document of its own, with its styles inline, made without the site's templates: the error pages here and
 * the embeddable cards (lib/view/embed-html.ts), which live in other sites' frames. Not indexed; it runs no script.
 * @param {{ title: string; style: string; body: string }} page `title` is plain text; `style` and `body` are CSS and
 *   HTML, escaped by the caller
 */
export function standaloneDocument({ title, style, body }) {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Ayes &amp; Noes</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const ERROR_PAGE_STYLE = `
:root { color-scheme: light dark; --ink: #0b0c0c; --page: #fff; --link: #1d5fa0; --line: #b1b4b6; }
@media (prefers-color-scheme: dark) { :root { --ink: #f3f2f1; --page: #151617; --link: #8cc2ff; --line: #6f7376; } }
body { margin: 0; font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--page); }
header { background: #1d3a5f; border-bottom: 8px solid var(--link); padding: 0.75rem 1rem; }
header a { color: #fff; font-weight: 700; font-size: 1.5rem; text-decoration: none; }
main { max-width: 42rem; padding: 1.5rem 1rem; overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input, button { font: inherit; height: 2.75rem; border: 2px solid var(--ink); padding: 0 0.5rem; }
input { background: var(--page); color: var(--ink); }
`;

/**
 * An error page: the site's name as a header linking home, then what is wrong. Light and dark follow the visitor's
 * system, as the site's pages do (app/globals.css).
 * @param {{ title: string; body: string }} page `title` is plain text; `body` is HTML, escaped by the caller
 */
export function errorPageHtml({ title, body }) {
  return standaloneDocument({
    title,
    style: ERROR_PAGE_STYLE,
    body: `<header><a href="/">Ayes &amp; Noes</a></header>
<main>
${body.trim()}
</main>`,
  });
}
