// Types for respond.mjs (plain Node, loaded by the production server before Next.js).
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export const NON_PAGE_POLICY: string;
export function pagePolicy(hashes: readonly string[]): string;
export function inlineScriptHashes(html: string | Buffer): string[];
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | 'identity';
export function finishOnEnd(res: ServerResponse, encoding: 'br' | 'gzip' | 'identity'): void;
export function sendPlain(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void;
export function sendNotModified(res: ServerResponse, headers: Record<string, string>): void;
