import type { z } from 'zod';
import { formatIssuePath } from '@/lib/validation/commons-votes';
import { ImportError } from './errors';

/** Parses JSON text and checks it against a schema; a problem names the source (file or URL) and the field. */
export function parseJsonWith<T>(schema: z.ZodType<T>, text: string, source: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(source, null, `not valid JSON (${detail}); the response may be truncated`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(source, issue ? formatIssuePath(issue.path) || '(top level)' : null, issue?.message ?? 'wrong shape');
  }
  return parsed.data;
}
