import { z } from 'zod';
import type { Source } from '@/db/schema/columns';

// Field schemas shared by the admin forms, the importers and the API, so that a rule (a real date, a web
// address) is written once and says the same thing everywhere.

/** A real calendar date, YYYY-MM-DD (2023-02-30 is refused). */
export const isoDateSchema = z.iso.date('Enter a real date, like 2023-11-15');

export const optionalIsoDateSchema = isoDateSchema.optional().transform((v) => v ?? null);

export const webAddressSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with http:// or https://' }));

export const optionalText = (max: number, label = 'This') =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, message: string) => z.string(message).trim().min(1, message).max(max, `Use ${max} characters or fewer`);

/**
 * Sources typed one to a line: a web address, optionally followed by parts after " - ": "title: …" and
 * "outlet: …" name the source; anything else is a note on what it supports.
 * "https://www.bbc.co.uk/news/uk-politics-67438901 - title: Labour frontbenchers quit - outlet: BBC News - ten left"
 */
export const sourcesSchema = z
  .string()
  .optional()
  .transform((text, ctx): Source[] => {
    const sources: Source[] = [];
    (text ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .forEach((line, i) => {
        if (line === '') return;
        const [url = '', ...rest] = line.split(/\s+-\s+/);
        if (!/^https?:\/\/[^\s]+\.[^\s]+/i.test(url) || !URL.canParse(url)) {
          ctx.addIssue({ code: 'custom', message: `Line ${i + 1} does not start with a web address (http:// or https://)` });
          return;
        }
        const source: Source = { url };
        const notes: string[] = [];
        for (const part of rest.map((p) => p.trim()).filter(Boolean)) {
          const labelled = /^(title|outlet):\s*(.+)$/i.exec(part);
          if (labelled) source[labelled[1]!.toLowerCase() as 'title' | 'outlet'] = labelled[2]!.trim();
          else notes.push(part);
        }
        if (notes.length > 0) source.note = notes.join(' - ');
        sources.push(source);
      });
    return sources;
  });

/** Sources back into the one-a-line text a form shows. */
export function sourcesToText(sources: ReadonlyArray<Source>): string {
  return sources
    .map((s) => [s.url, s.title ? `title: ${s.title}` : null, s.outlet ? `outlet: ${s.outlet}` : null, s.note ?? null].filter(Boolean).join(' - '))
    .join('\n');
}

/** The `updatedAt` a form was opened with, for optimistic concurrency; empty for a new record. */
export const versionSchema = z.string().optional().transform((v) => v ?? null);

/**
 * For cross-field checks (an end before a start): run them even when another field is wrong, so that a
 * form shows every problem at once. The check must allow for fields that failed their own parsing.
 */
export const EVEN_WITH_OTHER_ERRORS = { when: () => true } as const;
