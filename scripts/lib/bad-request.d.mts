// Types for bad-request.mjs (plain Node, loaded by the production server before Next.js).
import type { IncomingMessage, ServerResponse } from 'node:http';

export function soundStartOf(path: string): string;
export function sendBadPath(req: IncomingMessage, res: ServerResponse): void;
