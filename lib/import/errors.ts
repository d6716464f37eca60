/**
 * An import problem a person can act on: it names the file (or URL) and, where it can, the field.
 * Importers throw it before writing anything, or from inside a transaction so that nothing is written.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(field ? `${file}: ${field}: ${detail}` : `${file}: ${detail}`);
    this.name = 'ImportError';
  }
}
