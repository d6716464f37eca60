import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '@/lib/config';

/**
 * The secret that signs session cookies: AUTH_SECRET when set (production), otherwise one generated on
 * first use and kept beside the database, so that a fresh clone works and sessions survive restarts.
 */
export function getAuthSecret(config: Config): string {
  if (config.authSecret) return config.authSecret;
  const file = path.join(path.dirname(path.resolve(config.databasePath)), 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
