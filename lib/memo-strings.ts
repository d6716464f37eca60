/**
 * A pure function of a string, worked out once per distinct string: an import meets the same 650 names and seats
 * division after division. Bounded: past `limit` strings the memo starts again.
 */
export function memoByString<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= limit) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}

/**
 * Values that are alike by `key` replaced by the first of them seen, so that many references share one object: a
 * view kept for a data version holds tens of thousands of small records of a few dozen kinds (a division's recorded
 * whip, say). What it returns is shared: callers must not change it.
 */
export function shareAlike<T>(key: (value: T) => string): (value: T) => T {
  const kinds = new Map<string, T>();
  return (value) => {
    const k = key(value);
    const kind = kinds.get(k);
    if (kind !== undefined) return kind;
    kinds.set(k, value);
    return value;
  };
}
