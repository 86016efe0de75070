/**
 * The value `memory` holds for `key`, computed and kept on the first ask (a value that throws is
 * not kept). Past `limit` entries a new value is computed but not kept: a table of what recurs
 * (syllables, spellings) must not grow without bound on odd input.
 */
export function remembered<K, V>(memory: Map<K, V>, key: K, compute: (key: K) => V, limit = Infinity): V {
  if (memory.has(key)) return memory.get(key) as V;
  const value = compute(key);
  if (memory.size < limit) memory.set(key, value);
  return value;
}
