// How pickers write a chosen record into a text field, and how the server reads it back. With JavaScript
// the picker fills in "Yasmin Qureshi (3924)"; without it an editor can type a name, an official id, or
// either form, and the server resolves it (or lists the matches to choose from).

/** "Yasmin Qureshi (3924)" for an official id, "Jo Bloggs (#12)" for a record with only our own id. */
export function formatRef(label: string, officialId: number | null, id: number): string {
  return officialId !== null ? `${label} (${officialId})` : `${label} (#${id})`;
}

export type ParsedRef = { officialId: number } | { id: number } | { text: string };

export function parseRef(input: string): ParsedRef {
  const text = input.trim();
  const inParens = /\((#?)(\d+)\)\s*$/.exec(text);
  if (inParens) return inParens[1] ? { id: Number(inParens[2]) } : { officialId: Number(inParens[2]) };
  if (/^#\d+$/.test(text)) return { id: Number(text.slice(1)) };
  if (/^\d+$/.test(text)) return { officialId: Number(text) };
  return { text };
}
