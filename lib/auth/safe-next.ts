// Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so "/\t/evil.example" and
// "/\evil.example" both lead to evil.example; CR, LF or NUL in a Location header make the server fail. So a
// path is accepted only when nothing in it needs such forgiveness.

/** Control characters (C0, DEL, C1), any whitespace, and the backslash. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\s\\]/u;
const DUMMY_ORIGIN = 'https://ayes-and-noes.invalid';
const MAX_LENGTH = 2000;

function decodedOrNull(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Where to go after signing in (or undoing a change): only a path on this site, never another host. Anything
 * else, however it is disguised, gives the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/admin'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return fallback;
  if (UNSAFE_CHARACTER.test(next) || !next.startsWith('/') || next.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== DUMMY_ORIGIN || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return fallback;
  // A proxy or framework that decodes the path once must not find an attack inside it either (%09, %5C, %2F%2F).
  const decoded = decodedOrNull(url.pathname);
  if (decoded === null || UNSAFE_CHARACTER.test(decoded) || decoded.startsWith('//')) return fallback;
  return next;
}
