/** Where to go after signing in: only a path on this site, never another host ("//evil.example"). */
export function safeNextPath(next: string | null | undefined, fallback = '/admin'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
