import { z } from 'zod';
import type { Source } from '@/db/schema/columns';

// Field schemas shared by the admin forms, the importers and the API, so that a rule (a real date, a web
// address) is written once and says the same thing everywhere.

/** A real calendar date, YYYY-MM-DD (2023-02-30 is refused). */
export const isoDateSchema = z.iso.date('Enter a real date, like 2023-11-15');

export const optionalIsoDateSchema = isoDateSchema.optional().transform((v) => v ?? null);

// Text that shows other than it is stored: bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and the invisible direction marks (U+200E, U+200F, U+061C) can turn a name around on the page.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
/** C0 and C1 control characters and DEL, except the tab and line feed a text area may hold. */
const CONTROLS_BUT_TAB_AND_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Any character cleanText changes: tab, CR, LF, the controls and bidi characters above, U+2028, U+2029. */
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
/** Hangul fillers are letters to Unicode, yet show nothing. */
const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0]/g;

/**
 * Every text field passes through this. Bidi controls and control characters go; on one line, line breaks
 * and tabs become spaces (so that words do not run together); in a text area (`multiline`) every line break
 * becomes a line feed and tabs stay.
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  // Nearly every text is clean already: one test, no copies (an import cleans millions of names).
  if (!NOT_PLAIN.test(text)) return text;
  const unified = text.replace(BIDI_CONTROLS, '').replace(LINE_BREAKS, '\n');
  const lines = options.multiline ? unified : unified.replace(/[\n\t]/g, ' ');
  return lines.replace(CONTROLS_BUT_TAB_AND_LF, '');
}

/** Whether the text has a letter (or, with `digits`, a digit) that shows on the page. */
export function hasVisibleLetter(text: string, options: { digits?: boolean } = {}): boolean {
  const shown = text.replace(BLANK_LETTERS, '');
  return options.digits ? /[\p{L}\p{N}]/u.test(shown) : /\p{L}/u.test(shown);
}

/** Only spaces and characters that show nothing (zero-width, format, combining marks, fillers). */
const showsNothing = (text: string) => /^[\s\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]*$/u.test(text);

type TextOptions = { multiline?: boolean };

export const webAddressSchema = z
  .string()
  .overwrite((v) => cleanText(v))
  .trim()
  .pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with http:// or https://' }));

export const optionalText = (max: number, label = 'This', options: TextOptions = {}) =>
  z
    .string()
    .overwrite((v) => cleanText(v, options))
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v && !showsNothing(v) ? v : null));

/** Text a form cannot do without: it must have a letter or digit that shows, and `message` says which field. */
export const requiredText = (max: number, message: string, options: TextOptions = {}) =>
  z
    .string(message)
    .overwrite((v) => cleanText(v, options))
    .trim()
    .min(1, message)
    .max(max, `Use ${max} characters or fewer`)
    .refine((v) => v === '' || hasVisibleLetter(v, { digits: true }), `${message}: it has no visible letters or digits`);

/** A person's name (or an account's): on one line, with at least one letter that shows. */
export const requiredName = (max: number, message: string) =>
  z
    .string(message)
    .overwrite((v) => cleanText(v))
    .trim()
    .min(1, message)
    .max(max, `Use ${max} characters or fewer`)
    .refine((v) => v === '' || hasVisibleLetter(v), `${message}: it has no visible letters`);

/** An optional name (a sort name, a speaker): when given, it needs a letter that shows. */
export const optionalName = (max: number, label: string) =>
  z
    .string()
    .overwrite((v) => cleanText(v))
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || hasVisibleLetter(v), `${label} has no visible letters`);

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
    cleanText(text ?? '', { multiline: true })
      .split('\n')
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
