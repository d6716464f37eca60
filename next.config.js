// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Another build folder lets a second build (say, the browser tests') run beside a running site.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  // unauthorized() and forbidden() for the admin area's 401 and 403 pages.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
