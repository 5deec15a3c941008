// Lists built by pushing keep room to grow: V8 gives an array that grows from empty room for
// 17 or more items, and most of an index's lists hold one to three. An index built once and
// then only read gives its lists back at their exact length (a copy of that length has no room
// to spare): a fifth to a half of such an index's memory.

/** Replaces each list of `map` with an exact-length copy. Returns `map`. */
export function compactLists<K, V>(map: Map<K, V[]>): Map<K, V[]> {
  for (const [key, list] of map) if (list.length > 0) map.set(key, list.slice());
  return map;
}

/** An exact-length copy of a list built by pushing (the list itself when it is empty). */
export function exact<V>(list: V[]): V[] {
  return list.length === 0 ? list : list.slice();
}
