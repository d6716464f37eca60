import type { WriteResult } from './records';

/** A save that broke a rule only the database can check (a duplicate id, an overlap): a message per field. */
export type Refused = { status: 'invalid'; fieldErrors: Record<string, string[]> };

export type EditResult = WriteResult | Refused;

export function refuse(fieldErrors: Record<string, string[]>): Refused {
  return { status: 'invalid', fieldErrors };
}
