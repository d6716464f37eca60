import 'server-only';
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db';
import { sessions, users, type EditorRole } from '@/db/schema';

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  role: EditorRole;
  isDisabled: boolean;
  createdAt: Date;
  /** Sessions that have not expired: browsers where the account is signed in. */
  activeSessions: number;
};

const toRole = (role: string): EditorRole => (role === 'admin' ? 'admin' : 'editor');

/** Every account, by email, with what the accounts page shows. Never the password hash. */
export function listAccounts(now = new Date()): AccountRow[] {
  const db = getDb();
  const live = db
    .select({ userId: sessions.userId, n: count() })
    .from(sessions)
    .where(gt(sessions.expiresAt, now))
    .groupBy(sessions.userId)
    .all();
  const sessionCounts = new Map(live.map((r) => [r.userId, r.n]));
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email))
    .all()
    .map(({ banned, role, ...u }) => ({ ...u, role: toRole(role), isDisabled: !!banned, activeSessions: sessionCounts.get(u.id) ?? 0 }));
}

export function getAccount(id: string, now = new Date()): AccountRow | null {
  const db = getDb();
  const row = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row) return null;
  const live = db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, id), gt(sessions.expiresAt, now)))
    .get();
  const { banned, role, ...u } = row;
  return { ...u, role: toRole(role), isDisabled: !!banned, activeSessions: live?.n ?? 0 };
}

/** Emails are stored in lower case (Better Auth lower-cases them), so this finds any spelling of one. */
export function accountExistsWithEmail(email: string): boolean {
  return !!getDb().select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}
