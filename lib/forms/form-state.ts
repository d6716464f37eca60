import type { z } from 'zod';

/**
 * What a server action hands back to its form. Expected problems come back here, with the editor's input
 * kept (`values`) and a message per field; unexpected ones throw to the error page.
 */
export type FormState = {
  status: 'idle' | 'invalid' | 'conflict' | 'saved' | 'refused';
  /** A sentence for the top of the form. */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The values as submitted, to fill the form again. */
  values?: Record<string, string>;
  /** On a conflict: the record as it is now, field by field, to show beside what the editor typed. */
  current?: Record<string, string>;
};

export const IDLE: FormState = { status: 'idle' };

/** The submitted text fields (files and repeated keys aside), to give back to the form. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState };

/**
 * Parses a form with a zod schema. Empty text fields arrive as undefined so that optional fields stay
 * optional; errors are keyed by field name.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.infer<S>> {
  const values = formValues(formData);
  const input = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === '' ? undefined : v]));
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, state: invalid(values, issuesToFieldErrors(parsed.error.issues)) };
}

export function issuesToFieldErrors(issues: ReadonlyArray<z.core.$ZodIssue>): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function invalid(values: Record<string, string>, fieldErrors: Record<string, string[]>, message?: string): FormState {
  const count = Object.keys(fieldErrors).length;
  return {
    status: 'invalid',
    message: message ?? (count === 1 ? 'There is a problem with one field.' : `There are problems with ${count} fields.`),
    fieldErrors,
    values,
  };
}

/** The record as it is now, as strings a form can show. */
export function conflict(values: Record<string, string>, current: Record<string, unknown> | null): FormState {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(current ?? {})) {
    if (v === null || v === undefined) shown[k] = '';
    else if (typeof v === 'object') shown[k] = JSON.stringify(v);
    else shown[k] = String(v);
  }
  return {
    status: 'conflict',
    message: current
      ? 'Someone else changed this record since you opened it. Compare their version with yours below, then save again to keep yours.'
      : 'This record has been deleted since you opened it.',
    values,
    current: shown,
  };
}

/** After a conflict the hidden version becomes the saved record's, so that saving again keeps the editor's. */
export function valueOrCurrent(state: FormState, name: string, initial: string | undefined): string {
  return state.current?.[name] ?? initial ?? '';
}
