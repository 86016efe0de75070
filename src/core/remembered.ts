/** The value `memory` holds for `key`, computed and kept on the first ask (a value that throws is not kept). */
export function remembered<K, V>(memory: Map<K, V>, key: K, compute: (key: K) => V): V {
  if (memory.has(key)) return memory.get(key) as V;
  const value = compute(key);
  memory.set(key, value);
  return value;
}
