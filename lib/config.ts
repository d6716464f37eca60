import { z } from 'zod';

const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('var/ayes-and-noes.sqlite'),
  SITE_URL: z.url().default('http://127.0.0.1:3000'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type Config = { databasePath: string; siteUrl: string; authSecret: string | undefined };

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
      siteUrl: parsed.data.SITE_URL.replace(/\/$/, ''),
      authSecret: parsed.data.AUTH_SECRET,
    };
  }
  return cached;
}
