// Whether two values read from a snapshot hold the same data: plain objects, arrays, strings,
// numbers, booleans and null, compared all the way down (no Date, Map or class in a snapshot).
// Used by the incremental engine (incremental.ts) on an app a publication copied afresh: a scan
// copies each pending app at every publication (lib/scan/publish-pace.ts), and an app whose copy
// holds what the last one held keeps its findings rather than running every rule on it again.
// No allocation: an app and its ten people compare in a few microseconds.

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // An absent key and a key set to undefined read the same to every rule.
  let count = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    count++;
    if (!sameValue(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) count--;
  return count === 0;
}
