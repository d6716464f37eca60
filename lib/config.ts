import { z } from 'zod';

const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('var/ayes-and-noes.sqlite'),
  // Unset (or empty): each request's Host names the site (lib/site-origin.ts); elsewhere, this server's own port.
  SITE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  POSTCODE_SERVICE: z.enum(['members-api', 'postcodes-io']).default('members-api'),
  /** Base URL of the postcode service; defaults to the public one for POSTCODE_SERVICE. */
  POSTCODE_SERVICE_URL: z.url().optional(),
  POSTCODE_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3_000),
  COMMONS_VOTES_API_URL: z.url().default('https://commonsvotes-api.parliament.uk'),
  MEMBERS_API_URL: z.url().default('https://members-api.parliament.uk'),
  IMPORT_CACHE_DIR: z.string().min(1).default('var/cache'),
});

export type PostcodeServiceName = 'members-api' | 'postcodes-io';

const POSTCODE_SERVICE_DEFAULT_URLS: Record<PostcodeServiceName, string> = {
  'members-api': 'https://members-api.parliament.uk',
  'postcodes-io': 'https://api.postcodes.io',
};

export type Config = {
  databasePath: string;
  /**
   * SITE_URL, or when it is unset http://127.0.0.1:PORT (for scripts and Better Auth's base address; pages, feeds,
   * downloads and the API use lib/site-origin.ts).
   */
  siteUrl: string;
  /** Whether SITE_URL was set: when not, the site's address is each request's (pages, the API, sign-in's origin). */
  isSiteUrlSet: boolean;
  authSecret: string | undefined;
  postcodeService: { name: PostcodeServiceName; baseUrl: string; timeoutMs: number };
  /** Base URLs of the official APIs the importers read (no trailing slash). */
  commonsVotesApiUrl: string;
  membersApiUrl: string;
  /** Where importers keep raw API responses, so that an interrupted run continues without fetching again. */
  importCacheDir: string;
};

let cached: Config | undefined;

/** The validated configuration, read from the environment once. */
export function getConfig(): Config {
  if (!cached) {
    const parsed = configSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid configuration: ${problems}`);
    }
    cached = {
      databasePath: parsed.data.DATABASE_PATH,
      siteUrl: (parsed.data.SITE_URL ?? `http://127.0.0.1:${/^\d{1,5}$/.test(process.env.PORT ?? '') ? process.env.PORT : 3000}`).replace(/\/$/, ''),
      isSiteUrlSet: parsed.data.SITE_URL !== undefined,
      authSecret: parsed.data.AUTH_SECRET,
      postcodeService: {
        name: parsed.data.POSTCODE_SERVICE,
        baseUrl: (parsed.data.POSTCODE_SERVICE_URL ?? POSTCODE_SERVICE_DEFAULT_URLS[parsed.data.POSTCODE_SERVICE]).replace(/\/$/, ''),
        timeoutMs: parsed.data.POSTCODE_TIMEOUT_MS,
      },
      commonsVotesApiUrl: parsed.data.COMMONS_VOTES_API_URL.replace(/\/+$/, ''),
      membersApiUrl: parsed.data.MEMBERS_API_URL.replace(/\/+$/, ''),
      importCacheDir: parsed.data.IMPORT_CACHE_DIR,
    };
  }
  return cached;
}
