// Stands in for 'next/headers' when tests call server actions and lib/auth/server directly, outside a Next
// request: the test chooses the request's cookie, and so who is signed in. Sessions themselves are real
// (Better Auth rows in the temp database). Use it with
//   vi.mock('next/headers', () => import('./support/next-request'));
// (Better Auth's own nextCookies plugin loads the real module, finds no request and does nothing.)

let cookieHeader: string | null = null;
const cookieJar = new Map<string, string>();

/** Who makes the next calls: a session cookie ("better-auth.session_token=…"), or null for anonymous. */
export function setRequestCookie(cookie: string | null): void {
  cookieHeader = cookie;
}

export async function headers(): Promise<Headers> {
  return new Headers({ 'user-agent': 'vitest', ...(cookieHeader ? { cookie: cookieHeader } : {}) });
}

export async function cookies() {
  return {
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
    has: (name: string) => cookieJar.has(name),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  };
}

export function draftMode() {
  return { isEnabled: false, enable: () => undefined, disable: () => undefined };
}
