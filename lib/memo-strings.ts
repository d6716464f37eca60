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
