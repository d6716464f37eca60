// Markup made as text, for the long tables of the public pages (a division's members and party rows, an MP's votes,
// the rebels explorer, the divisions finder), the party chart's shapes, and the embeddable cards' escaping. React
// draws every element of a page twice when it is not cached (once for the page's payload, once for its HTML), and for
// a table of 60 rows that was most of what a page cost; a table's body made here is one element to React, drawn
// from the same compact rows on the server and, for the client tables, in the browser.
//
// `html` is a tagged template that escapes every value put into it unless the value is itself made by `html`, so
// that text from the record (names, titles, quotes) can never become markup. Attribute values must be written in
// double quotes.

const MARK = Symbol('html');

/** Markup made by `html`: safe to put into a page as it is. */
export type Html = { readonly [MARK]: true; readonly text: string };

type Value = Html | string | number | null | undefined | false | ReadonlyArray<Value>;

/** Escapes text for HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && MARK in value;
}

function textOf(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isHtml(value)) return value.text;
  if (!Array.isArray(value)) return escapeHtml(String(value));
  let joined = '';
  for (const item of value) joined += textOf(item);
  return joined;
}

/** Markup with every value escaped (strings and numbers), inserted as it is (`html` results), or left out (null, undefined, false); arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: ReadonlyArray<Value>): Html {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += textOf(values[i] as Value) + strings[i + 1]!;
  return { [MARK]: true, text };
}

/** The props that put markup made by `html` into an element: `<tbody {...innerHtml(rows)} />`. */
export function innerHtml(markup: Html): { dangerouslySetInnerHTML: { __html: string } } {
  return { dangerouslySetInnerHTML: { __html: markup.text } };
}
