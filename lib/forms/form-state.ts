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
  const parsed = schema.safeParse(input, { error: plainMessage });
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return { ok: false, state: invalid(values, issuesToFieldErrors(parsed.error.issues)) };
}

/** "startDate" → "Start date": a field named in words, for messages a schema did not write itself. */
export function fieldWords(key: PropertyKey | undefined): string {
  const words = String(key ?? 'this field')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * zod's own messages ("Invalid input: expected string, received undefined") in plain words naming the field,
 * for any check a schema gives no message of its own. Schemas' messages come first; this is the fallback.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  const field = fieldWords(issue.path?.[0]);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Enter ${field.toLowerCase()}` : `${field} is not the right kind of value`;
    case 'invalid_value':
      return `${field} must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return issue.origin === 'string' ? `${field} must be ${String(issue.maximum)} characters or fewer` : `${field} must be ${String(issue.maximum)} or less`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `Enter ${field.toLowerCase()}`
          : `${field} must be at least ${String(issue.minimum)} characters`
        : `${field} must be ${String(issue.minimum)} or more`;
    case 'invalid_format':
      return `${field} is not in the right form`;
    default:
      return `${field} is not valid: check it`;
  }
}

export function issuesToFieldErrors(issues: ReadonlyArray<z.core.$ZodIssue>): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * A refused save. The errors are listed in the order the form sent its fields (the order they come in the
 * form), not the order the checks found them; the error summary (components/forms/error-summary.tsx) heads
 * them "There is a problem", and `message`, when given, says more.
 */
export function invalid(values: Record<string, string>, fieldErrors: Record<string, string[]>, message?: string): FormState {
  const sent = Object.keys(values);
  const at = (name: string) => (sent.includes(name) ? sent.indexOf(name) : sent.length);
  const ordered = Object.fromEntries(Object.entries(fieldErrors).sort(([a], [b]) => at(a) - at(b)));
  return { status: 'invalid', ...(message ? { message } : {}), fieldErrors: ordered, values };
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
