// A map standing in for the extension's IndexedDB store (Node has none; lib/storage/idb.ts has its
// own test), with the same operations, for tests of the browser store. `transactions` lists the
// keys each write transaction put, so a test can tell what one action rewrote, and `reads` the
// keys whose values were read.

export const records = new Map<string, unknown>();
export const transactions: string[][] = [];
/** Every key whose value was read. */
export const reads: string[] = [];

const sorted = (prefix: string) => [...records.keys()].filter((k) => k.startsWith(prefix)).sort();

export const mapIdb = () => ({
  get: async (key: string) => (reads.push(key), structuredClone(records.get(key))),
  getMany: async (keys: readonly string[]) => keys.map((k) => (reads.push(k), structuredClone(records.get(k)))),
  put: async (key: string, value: unknown) => {
    transactions.push([key]);
    records.set(key, structuredClone(value));
  },
  delete: async (key: string) => void records.delete(key),
  deleteAll: async (keys: readonly string[]) => keys.forEach((k) => records.delete(k)),
  putAll: async (entries: Readonly<Record<string, unknown>>, remove: readonly string[] = []) => {
    transactions.push(Object.keys(entries));
    remove.forEach((k) => records.delete(k));
    for (const [k, v] of Object.entries(entries)) records.set(k, structuredClone(v));
  },
  keys: async (prefix: string) => sorted(prefix),
  values: async (prefix: string) => sorted(prefix).map((k) => (reads.push(k), structuredClone(records.get(k)))),
});
