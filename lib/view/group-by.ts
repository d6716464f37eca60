/** The items in groups by key, each group in the items' order (a Map keeps the keys in first-seen order). */
export function groupBy<T, K>(items: ReadonlyArray<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
