// Types for http-cache.mjs (plain Node, loaded by the production server before Next.js).
import type { ServerResponse } from 'node:http';

export const SHARED_MAX_AGE: number;
export const STALE_WHILE_REVALIDATE: number;
export const PUBLIC_CACHE_CONTROL: string;
export const PRIVATE_CACHE_CONTROL: string;
export const SUPERSEDED_CACHE_CONTROL: string;
export const PUBLIC_VARY: string;

export type CachingPolicy =
  | { kind: 'private' }
  | { kind: 'framework' }
  | { kind: 'public'; etag: string | null; version: unknown; readVersion: (() => unknown) | undefined };

export const PRIVATE: CachingPolicy;
export const FRAMEWORK: CachingPolicy;

export function hasSessionCookie(cookie: string | string[] | undefined): boolean;
export function etagFor(version: unknown, key: string, seed?: string): string | null;
export function ifNoneMatchHas(header: string | string[] | undefined, etag: string): boolean;
export function decideCachingOnHead(res: ServerResponse): { policy: CachingPolicy };
export function holdEndUntil(res: ServerResponse, beforeLeaving: () => Promise<unknown> | null): void;
