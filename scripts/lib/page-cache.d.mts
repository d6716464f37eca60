// Types for page-cache.mjs (plain Node, loaded by the production server before Next.js).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CachedResponse = { status: number; headers: Record<string, string | string[] | number>; body: Buffer };
export type CacheStats = { hits: number; misses: number; stored: number; flushes: number; stale: number; entries: number; bytes: number };

export function cacheKeyFor(pathAndQuery: string, encoding: string, headers: Record<string, string | string[] | undefined>): string | null;

export class PageCache {
  constructor(options: { readVersion: () => unknown; maxBytes: number; maxEntryBytes?: number; maxStaleMs?: number });
  readonly stats: CacheStats;
  readonly readVersion: () => unknown;
  serveKept(key: string, req: IncomingMessage, res: ServerResponse, version?: unknown): boolean | Promise<boolean>;
  serveStale(key: string, req: IncomingMessage, res: ServerResponse): boolean;
  serve(key: string, req: IncomingMessage, res: ServerResponse, render: () => Promise<unknown>): Promise<void>;
}
