import { drizzleAdapter } from '@better-auth/drizzle-adapter';
import { betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins/admin';
import { adminAc, userAc } from 'better-auth/plugins/admin/access';
import type { AppDatabase } from '@/db/connection';
// Better Auth keeps its own tables; handing it the connection and those tables is the one place outside
// db/ that does so.
import { accounts, rateLimits, sessions, users, verifications } from '@/db/schema/auth';
import { getConfig } from '@/lib/config';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { getAuthSecret } from './secret';

export const MIN_PASSWORD_LENGTH = 12;
/** Sessions last a week and are renewed once a day while in use. */
export const SESSION_SECONDS = 60 * 60 * 24 * 7;

/** The authentication service over a database: used by the app (lib/auth/server.ts) and the CLI. */
export function createAuth(db: AppDatabase) {
  const config = getConfig();
  return betterAuth({
    appName: 'Ayes & Noes',
    baseURL: config.siteUrl,
    secret: getAuthSecret(config),
    trustedOrigins: [config.siteUrl],
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (or the command line), never by signing up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 5 } },
    },
    advanced: {
      useSecureCookies: config.siteUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // The address scripts/serve.mjs sets from the socket, not X-Forwarded-For, which any client can write.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [
      admin({ defaultRole: 'editor', adminRoles: ['admin'], roles: { admin: adminAc, editor: userAc } }),
      // Lets server actions set the session cookie.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
