// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // The production server (scripts/serve.mjs) compresses each answer once it is whole, after adding the page's
  // Content-Security-Policy, and the page cache keeps the compressed bytes: Next.js must not compress them first.
  compress: false,
  // Another build folder lets a second build (say, the browser tests') run beside a running site.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  // unauthorized() and forbidden() for the admin area's 401 and 403 pages.
  experimental: {
    authInterrupts: true,
    // The division upload takes files up to 5 MB (MAX_DIVISION_FILE_BYTES, lib/validation/divisions.ts) and says so
    // beside the field. Next.js refuses a server action's body over this limit (1 MB by default) with its error page
    // before the form can check the file, so it sits a little above the form's: room for the rest of the form.
    serverActions: { bodySizeLimit: '6mb' },
  },
};

module.exports = nextConfig;
