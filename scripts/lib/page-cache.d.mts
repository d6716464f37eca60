// Types for page-cache.mjs (plain Node, loaded by the production server before Next.js).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CachedResponse = { status: number; headers: Record<string, string | string[] | number>; body: Buffer };
export type CacheStats = { hits: number; misses: number; stored: number; flushes: number; entries: number; bytes: number };

export function cacheKeyFor(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): string | null;

export class PageCache {
  constructor(options: { readVersion: () => unknown; maxBytes: number; maxEntryBytes?: number });
  readonly stats: CacheStats;
  serve(key: string, req: IncomingMessage, res: ServerResponse, render: () => Promise<unknown>): Promise<void>;
}
