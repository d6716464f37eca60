// Reading route and query parameters. Anything unexpected is treated as absent rather than an error:
// a hand-edited URL should still show a page.

export type SearchParams = { [key: string]: string | string[] | undefined };

/** The first value of a query parameter, trimmed; undefined when absent or empty. */
export function readParam(params: SearchParams, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** The value if it is one of the allowed ones. */
export function readChoice<T extends string>(params: SearchParams, name: string, allowed: ReadonlyArray<T>): T | undefined {
  const value = readParam(params, name);
  return allowed.find((a) => a === value);
}

export type RouteKey =
  /** "1666": the canonical address. */
  | { kind: 'id'; id: number }
  /** "1666-some-slug": a readable alias of the canonical address. */
  | { kind: 'id-with-slug'; id: number }
  /** "yasmin-qureshi": a slug alone. */
  | { kind: 'slug'; slug: string };

const MAX_ID = 2_147_483_647;

/** Reads the [id] segment of /divisions/[id] and /mps/[id]; null when it cannot name anything. */
export function parseRouteKey(raw: string): RouteKey | null {
  let value: string;
  try {
    value = decodeURIComponent(raw).trim().toLowerCase();
  } catch {
    return null;
  }
  const numeric = /^(\d{1,10})(-[a-z0-9-]*)?$/.exec(value);
  if (numeric) {
    const id = Number(numeric[1]);
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) return null;
    return numeric[2] ? { kind: 'id-with-slug', id } : { kind: 'id', id };
  }
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 120) return { kind: 'slug', slug: value };
  return null;
}

/** Builds a query string from the values that are set, e.g. "?party=Lab&vote=aye". */
export function toQueryString(values: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
