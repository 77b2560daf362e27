// Maps of lists (`Map<K, V[]>`), the index shape several stages build: one way to add to them.

/** Appends `value` to the list at `key`, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
