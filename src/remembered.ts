/**
 * `compute` for a key, worked out once and then remembered: for pure functions of a small set of
 * keys (calendar dates) that are asked for over and over. Forgets everything past `limit` keys.
 */
export const remembered = <V>(compute: (key: string) => V, limit = 10_000) => {
  const known = new Map<string, V>()
  return (key: string): V => {
    if (known.has(key)) return known.get(key) as V
    if (known.size >= limit) known.clear()
    const value = compute(key)
    known.set(key, value)
    return value
  }
}
