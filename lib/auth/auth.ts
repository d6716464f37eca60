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
import { isOrigin, ORIGIN_HEADER } from '@/scripts/lib/origin.mjs';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { getAuthSecret } from './secret';

export const MIN_PASSWORD_LENGTH = 12;
/** Sessions last a week and are renewed once a day while in use. */
export const SESSION_SECONDS = 60 * 60 * 24 * 7;

/**
 * With SITE_URL unset, the one origin trusted besides this server's own fallback address: the address the request
 * came by, as the production server worked it out from the Host header (scripts/lib/origin.mjs) and wrote into
 * ORIGIN_HEADER over anything the client sent. A request's Origin must match it: a form posted from another site
 * names that site, never this one (and a page on another site cannot add the header to a visitor's request: a form
 * cannot, and a fetch would need a CORS preflight the site never grants). Nothing for a call without a Request.
 */
function sameOriginAsRequest(request?: Request): string[] {
  const origin = request?.headers.get(ORIGIN_HEADER);
  return isOrigin(origin) ? [origin] : [];
}

/** The authentication service over a database: used by the app (lib/auth/server.ts) and the CLI. */
export function createAuth(db: AppDatabase) {
  const config = getConfig();
  return betterAuth({
    appName: 'Ayes & Noes',
    // The address Better Auth writes into links of its own (e-mails, OAuth callbacks: none used here). Its per-request
    // form (`baseURL: { allowedHosts }`) also trusts every origin the allowlist names, and accepting any Host would
    // need "*", that is every origin: so it stays the configured address. Sign-in does not depend on it: the form's
    // server action answers with a redirect to a path, which the browser follows on the address it is on.
    baseURL: config.siteUrl,
    secret: getAuthSecret(config),
    // Better Auth checks a request's Origin against these where it is handed the Request (its HTTP handler); Next.js
    // refuses a server action whose Origin is not the request's host before the action runs. SITE_URL set: that
    // address only, as ever. Unset: also the address this request came by (sameOriginAsRequest), never any origin.
    trustedOrigins: config.isSiteUrlSet ? [config.siteUrl] : sameOriginAsRequest,
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
      // Better Auth skips its origin check when NODE_ENV is "test": kept on, so that the tests check what runs.
      disableOriginCheck: false,
      // Fixed when the service is made: with SITE_URL unset the cookie is not marked Secure (README: Security).
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
