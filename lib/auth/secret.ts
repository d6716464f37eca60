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
  let secret: string;
  try {
    secret = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    secret = randomBytes(48).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process wrote it first: use theirs.
      secret = fs.readFileSync(file, 'utf8').trim();
    }
  }
  keepOwnerOnly(file);
  return secret;
}

/** Whoever can read the secret can forge a session: one written by an older version may be world-readable. */
function keepOwnerOnly(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
  } catch (error) {
    console.warn(`Could not make ${file} private to its owner: ${(error as Error).message}`);
  }
}
