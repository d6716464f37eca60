// @ts-check
// How every answer leaves the production server (scripts/lib/server.mjs): with the security headers, a
// Content-Security-Policy that allows the page's own inline scripts by their hashes and nothing else inline, and
// compressed for the client. Next.js renders into a buffer (its own compression is off: next.config.js), so that the
// policy can name the hashes of the scripts the page holds and the page cache can keep the final bytes.
//
// Plain Node, no dependencies.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

/** Sent with every answer, downloads and errors included. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** The policy of anything that is not a page: it may run nothing and be framed by nobody. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The embeddable cards (/embed/divisions/{id}, /embed/mps/{id}: lib/view/embed-html.ts) are made to be framed by
 * any site; nothing else may be. They answer without X-Frame-Options and with frame-ancestors *.
 */
const EMBED_PATH = /^\/embed\//;

/** @param {string | undefined} url @param {Record<string, string>} headers */
function framingFor(url, headers) {
  if (!EMBED_PATH.test(url ?? '')) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'x-frame-options'));
}

/**
 * The policy of an HTML page: scripts from this site, and inline scripts only when their hash is listed (Next.js
 * inlines its bootstrap and the page's data; nothing else can run inline). Styles may be inline (the party colour
 * swatches are style attributes); no page can frame it, and forms post only here.
 * @param {readonly string[]} hashes base64 SHA-256 of each inline script
 */
export function pagePolicy(hashes) {
  const scripts = ["'self'", ...[...new Set(hashes)].map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The SHA-256 (base64) of each inline script's text, as a browser hashes it for script-src (the UTF-8 bytes of the
 * text). A page's bytes are read as Latin-1, one character a byte: the pattern looks only for ASCII, so it finds the
 * same scripts, and each script's characters are its bytes, hashed as they are. Decoding a page of 120 KB as UTF-8
 * cost four times as much, and made a string of two bytes a character wherever a "✓" or a curly quote appeared.
 * @param {string | Buffer} html
 */
export function inlineScriptHashes(html) {
  const [text, encoding] = typeof html === 'string' ? [html, 'utf8'] : [html.toString('latin1'), 'latin1'];
  const hashes = [];
  for (const match of text.matchAll(INLINE_SCRIPT)) {
    const script = match[1] ?? '';
    if (script.length > 0) hashes.push(createHash('sha256').update(script, /** @type {BufferEncoding} */ (encoding)).digest('base64'));
  }
  return hashes;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
const MIN_COMPRESS_BYTES = 1024;
const BROTLI_QUALITY = 1;

/**
 * The encoding to answer in for an Accept-Encoding header: br, gzip, or identity. Part of the page cache's key.
 * @param {string | string[] | undefined} header
 */
export function chooseEncoding(header) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Brotli at quality 1: as small as gzip at its usual level 6 for a sixth of the work (a 105 KB division page: 17.9 KB
 * in 0.15 ms, against 15.6 KB in 0.7 ms at quality 4 and 17.7 KB in 1.0 ms as gzip), which is a twentieth of
 * what a page costs to make when nothing is cached. The rare client without Brotli gets gzip at level 6.
 * @param {Buffer} body @param {'br' | 'gzip'} encoding
 */
function compress(body, encoding) {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : zlib.gzipSync(body, { level: 6 });
}

/**
 * Makes `res` collect what Next.js writes and, when it ends, send it finished: security headers, the page policy
 * with its scripts' hashes (or the non-page one), compressed for `encoding` when worth it, with its length. What is
 * written to the socket goes through the methods `res` had before (the page cache's recorder, when there is one).
 * @param {import('node:http').ServerResponse} res
 * @param {'br' | 'gzip' | 'identity'} encoding
 */
export function finishOnEnd(res, encoding) {
  const { end, writeHead } = res;
  const isEmbed = EMBED_PATH.test(res.req?.url ?? '');
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {any[] | null} */
  let head = null;

  /** @param {unknown} chunk @param {unknown} enc */
  const keep = (chunk, enc) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? Buffer.from(chunk)
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof enc === 'string' ? /** @type {BufferEncoding} */ (enc) : 'utf8'),
    );
  };

  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    head = args;
    return this;
  };
  // Nothing reaches the client before the end: the policy depends on the whole page.
  /** @type {any} */ (res).flushHeaders = () => {};
  /** @type {any} */ (res).write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    keep(chunk, rest[0]);
    const callback = rest.find((r) => typeof r === 'function');
    if (callback) process.nextTick(callback);
    return true;
  };
  /** @type {any} */ (res).end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    keep(chunk, rest[0]);
    // Headers given to writeHead are applied with setHeader, so that everything below sees one set of them.
    if (head) {
      const [status, ...others] = head;
      res.statusCode = status;
      const headers = others.find((a) => a && typeof a === 'object');
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      const message = others.find((a) => typeof a === 'string');
      if (message) res.statusMessage = message;
    }
    let body = Buffer.concat(chunks);
    const type = String(res.getHeader('content-type') ?? '');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!res.hasHeader(name)) res.setHeader(name, value);
    res.setHeader(
      'content-security-policy',
      /^text\/html/i.test(type) ? pagePolicy(inlineScriptHashes(body)) : NON_PAGE_POLICY,
    );
    if (isEmbed && res.statusCode === 200) {
      res.removeHeader('x-frame-options');
      res.setHeader('content-security-policy', String(res.getHeader('content-security-policy')).replace("frame-ancestors 'none'", 'frame-ancestors *'));
    }
    if (encoding !== 'identity' && !res.hasHeader('content-encoding') && COMPRESSIBLE.test(type) && body.length >= MIN_COMPRESS_BYTES) {
      body = compress(body, encoding);
      res.setHeader('content-encoding', encoding);
      appendVary(res, 'Accept-Encoding');
    } else if (COMPRESSIBLE.test(type)) {
      appendVary(res, 'Accept-Encoding');
    }
    const bodiless = res.statusCode === 204 || res.statusCode === 304 || res.req?.method === 'HEAD';
    if (!bodiless) res.setHeader('content-length', body.length);
    writeHead.call(res, res.statusCode);
    return end.call(res, bodiless ? undefined : body, ...rest.filter((r) => typeof r === 'function'));
  };
}

/** @param {import('node:http').ServerResponse} res @param {string} name */
function appendVary(res, name) {
  const current = String(res.getHeader('vary') ?? '');
  if (current.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase())) return;
  res.setHeader('vary', current ? `${current}, ${name}` : name);
}

/**
 * A short answer the server gives itself (a refusal, a redirect, a bad request), with the security headers.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} body
 */
export function sendPlain(res, status, headers, body) {
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-security-policy': NON_PAGE_POLICY,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'private, no-store',
    'content-length': String(buffer.length),
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : buffer);
}

/**
 * A 304 Not Modified: the client's copy is current. No body. It repeats the headers a cache updates its copy with
 * (ETag, Cache-Control, Vary) and the security headers, which are the same on every answer. Not the page's policy:
 * a cache replaces the stored answer's headers with a 304's, and a page's policy names its own scripts.
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} headers
 */
export function sendNotModified(res, headers) {
  res.writeHead(304, { ...framingFor(res.req?.url, SECURITY_HEADERS), ...headers });
  res.end();
}
