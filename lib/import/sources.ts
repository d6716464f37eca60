import type { Source } from '@/db/schema/columns';

/**
 * Reads a list of sources written as "url ; url ; note": each URL starts a source, and text that is
 * not a URL is kept as a note on the source before it (or as a source of its own if it comes first).
 */
export function parseSourceList(text: string): Source[] {
  const sources: Source[] = [];
  for (const part of text.split(/\s+;\s+/).map((p) => p.trim()).filter(Boolean)) {
    if (/^https?:\/\//i.test(part)) {
      sources.push({ url: part });
      continue;
    }
    const last = sources[sources.length - 1];
    if (last) last.note = last.note ? `${last.note}; ${part}` : part;
  }
  return sources;
}
