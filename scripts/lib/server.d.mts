// Types for server.mjs (plain Node, loaded by the production server before Next.js).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientRateLimiter, RenderGate } from './limits.mjs';
import type { PageCache } from './page-cache.mjs';

export type ServerParts = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  cache: PageCache | null;
  gate: RenderGate;
  limiter: ClientRateLimiter;
  trustedProxies?: ReadonlySet<string>;
  retryAfterSeconds?: number;
  editorPriority?: ClientRateLimiter;
  dataVersion?: () => unknown;
  onDataChange?: () => Promise<unknown>;
  etagSeed?: string;
  /** SITE_URL, when set; otherwise each request's Host is the site's address (scripts/lib/origin.mjs). */
  siteUrl?: string;
};

export function clientAddress(req: IncomingMessage, trustedProxies: ReadonlySet<string>): string;
export function parseRequestPath(url: string | undefined): { path: string; search: URLSearchParams; raw: string } | null;
export function createRequestHandler(parts: ServerParts): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
