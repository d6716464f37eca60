import type { Source } from '@/db/schema/columns';
import { cleanText, hasVisibleLetter } from '@/lib/validation/common';
import { readUkDate } from '@/lib/validation/dates';
import type { BulkCsvLine } from './csv-file';
import type { BulkProblem } from './problems';

// Reads the cells of one line, collecting a problem for each cell it cannot read (and going on, so that a line
// with three mistakes shows three). Text is cleaned as the forms clean it (lib/validation/common.ts), dates are
// read as the forms read them (lib/validation/dates.ts), and closed vocabularies are the schema's own.

const squash = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');

export class CellReader {
  readonly problems: BulkProblem[] = [];
  constructor(private readonly row: BulkCsvLine) {}

  get line(): number {
    return this.row.line;
  }

  /** The cell as typed (trimmed); an absent column reads as empty. */
  raw(column: string): string {
    return (this.row.cells[column] ?? '').trim();
  }

  problem(column: string | null, message: string): void {
    this.problems.push({ line: this.row.line, column, message });
  }

  /** Text on one line (or, `multiline`, several), null when empty. */
  text(column: string, max: number, options: { multiline?: boolean; missing?: string } = {}): string | null {
    const value = cleanText(this.row.cells[column] ?? '', { multiline: options.multiline }).trim();
    if (value === '' || !hasVisibleLetter(value, { digits: true })) {
      if (options.missing) this.problem(column, `${value === '' ? 'empty' : 'nothing in it shows'}: ${options.missing}`);
      return null;
    }
    if (value.length > max) {
      this.problem(column, `it is ${value.length} characters long: use ${max} or fewer`);
      return null;
    }
    return value;
  }

  /**
   * One of a closed list, in any case, with spaces or hyphens for underscores ("shadow minister"), and the
   * synonyms given ("for" for aye). Empty gives `fallback` (undefined: the column must be filled).
   */
  choice<T extends string>(
    column: string,
    values: ReadonlyArray<T>,
    options: { synonyms?: Record<string, T>; fallback?: T | null; missing?: string } = {},
  ): T | null {
    const typed = this.raw(column);
    if (typed === '') {
      if (options.fallback !== undefined) return options.fallback;
      this.problem(column, `empty: ${options.missing ?? `use one of ${values.join(', ')}`}`);
      return null;
    }
    const key = squash(typed);
    const found = values.find((v) => v === key) ?? options.synonyms?.[key];
    if (found) return found;
    this.problem(column, `“${typed}” is not one of ${values.join(', ')}`);
    return null;
  }

  /** A date in any form the forms accept (15/11/2023, 15 November 2023, 2023-11-15), as ISO; null when empty. */
  date(column: string, options: { missing?: string } = {}): string | null {
    const typed = this.raw(column);
    if (typed === '') {
      if (options.missing) this.problem(column, `empty: ${options.missing}`);
      return null;
    }
    const reading = readUkDate(typed);
    if (reading.ok) return reading.iso;
    this.problem(
      column,
      reading.reason === 'impossible'
        ? `“${typed}” is not a day on the calendar`
        : `“${typed}” is not a date: write it like 15/11/2023, 15 November 2023 or 2023-11-15`,
    );
    return null;
  }

  /** A whole number (a division number, a member id); null when empty. */
  positiveInteger(column: string, what: string, options: { missing?: string } = {}): number | null {
    const typed = this.raw(column);
    if (typed === '') {
      if (options.missing) this.problem(column, `empty: ${options.missing}`);
      return null;
    }
    if (!/^\d{1,9}$/.test(typed) || Number(typed) === 0) {
      this.problem(column, `“${typed}” is not ${what}: use a whole number, e.g. 1666`);
      return null;
    }
    return Number(typed);
  }

  /**
   * Web addresses, one or several separated by spaces or semicolons; the note, if any, goes with the first
   * (the source the line mostly rests on).
   */
  sources(urlColumn: string, noteColumn: string | null): Source[] {
    const urls = this.raw(urlColumn)
      .split(/[\s;]+/)
      .map((u) => u.trim())
      .filter(Boolean);
    const sources: Source[] = [];
    for (const url of urls) {
      if (!isWebAddress(url)) {
        this.problem(urlColumn, `“${url}” is not a web address: start it with http:// or https://`);
        continue;
      }
      sources.push({ url });
    }
    const note = noteColumn ? this.text(noteColumn, 2000) : null;
    if (note !== null) {
      if (sources[0]) sources[0].note = note;
      else if (urls.length === 0) this.problem(noteColumn, 'a note on a source needs the source: give its web address in source_url');
    }
    return sources;
  }

  /** One web address, as a statement's source_url takes. */
  webAddress(column: string, options: { missing: string }): string | null {
    const typed = cleanText(this.raw(column)).trim();
    if (typed === '') {
      this.problem(column, `empty: ${options.missing}`);
      return null;
    }
    if (!isWebAddress(typed)) {
      this.problem(column, `“${typed}” is not a web address: start it with http:// or https://`);
      return null;
    }
    return typed;
  }
}

/** http(s), a host with a dot, nothing a browser would not follow: the forms' rule (lib/validation/common.ts). */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^\s]+\.[^\s]+/i.test(text) || !URL.canParse(text)) return false;
  return ['http:', 'https:'].includes(new URL(text).protocol);
}
