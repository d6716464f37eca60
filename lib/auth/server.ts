import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import type { EditorRole } from '@/db/schema/auth';
import { hasSessionCookie } from '@/scripts/lib/http-cache.mjs';
import { createAuth, type Auth } from './auth';

const globalForAuth = globalThis as unknown as { ayesAndNoesAuth?: Auth };

/** The authentication service, created on first use (never while `next build` loads modules). */
export function getAuth(): Auth {
  globalForAuth.ayesAndNoesAuth ??= createAuth(getDb());
  return globalForAuth.ayesAndNoesAuth;
}

export type Editor = { id: string; email: string; name: string; role: EditorRole };

/** The signed-in editor for this request, or null. A disabled (banned) account has no session. */
export const getEditor = cache(async (): Promise<Editor | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session || session.user.banned) return null;
  const role: EditorRole = session.user.role === 'admin' ? 'admin' : 'editor';
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
});

/**
 * The signed-in editor reading a public page, for its "Edit" links. A visitor without a session cookie costs no
 * look-up: public pages are made for them by the thousand. A request with one is never kept by the page cache,
 * the HTTP caches or Varnish (scripts/lib/http-cache.mjs), so an editor's links reach nobody else.
 */
export const getPublicEditor = cache(async (): Promise<Editor | null> => {
  if (!hasSessionCookie((await headers()).get('cookie') ?? undefined)) return null;
  return getEditor();
});

/**
 * Every admin page, server action and mutating route starts with this. Anonymous visitors are sent to the
 * sign-in page (and back afterwards); an editor asking for an admin's work gets 403.
 */
export async function requireRole(role: EditorRole, returnTo = '/admin'): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (role === 'admin' && editor.role !== 'admin') forbidden();
  return editor;
}

export const requireEditor = (returnTo?: string) => requireRole('editor', returnTo);
export const requireAdmin = (returnTo?: string) => requireRole('admin', returnTo);
