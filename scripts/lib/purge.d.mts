// Types for purge.mjs (plain Node: telling a shared cache that the data changed).
import type { Database } from 'better-sqlite3';

export function createBanner(options: { url: string; timeoutMs?: number; log?: (message: string) => void }): {
  url: string;
  ban: () => Promise<boolean>;
};
export function watchDataVersion(options: { readVersion: () => unknown; onChange: () => Promise<unknown>; intervalMs?: number }): () => void;
export function dataVersionReader(options: { open: () => Database; log?: (message: string) => void }): { read: () => unknown; close: () => void };
