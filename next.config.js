// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  typedRoutes: false,
  // unauthorized() and forbidden() for the admin area's 401 and 403 pages.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
