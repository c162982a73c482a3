import type { Written } from '../../../lib/storage/idb';

// A map standing in for the extension's IndexedDB store, with the same operations, for tests of the
// browser store that are not about storage itself. Those that are (the history, the completion's
// transaction, the packs' sealing) run the real lib/storage/idb.ts on fake-indexeddb: real-idb.ts. `transactions` lists the
// keys each write transaction put, so a test can tell what one action rewrote, and `reads` the
// keys whose values were read.

export const records = new Map<string, unknown>();
export const transactions: string[][] = [];
/** Every key whose value was read. */
export const reads: string[] = [];
/** Called as each write transaction starts, with the keys it writes or reads-then-writes (a test injects a fault or a concurrent write). */
export const hooks: {
  beforeWrite?: (keys: readonly string[]) => void;
  /** Called once a read of the keys under `prefix` is done: a test writes between two reads. */
  afterRead?: (prefix: string) => void;
} = {};

const sorted = (prefix: string) => [...records.keys()].filter((k) => k.startsWith(prefix)).sort();

export const mapIdb = () => ({
  get: async (key: string) => (reads.push(key), structuredClone(records.get(key))),
  getMany: async (keys: readonly string[]) => keys.map((k) => (reads.push(k), structuredClone(records.get(k)))),
  put: async (key: string, value: unknown) => {
    hooks.beforeWrite?.([key]);
    transactions.push([key]);
    records.set(key, structuredClone(value));
  },
  delete: async (key: string) => void records.delete(key),
  deleteAll: async (keys: readonly string[]) => keys.forEach((k) => records.delete(k)),
  putAll: async (entries: Readonly<Record<string, unknown>>, remove: readonly string[] = []) => {
    hooks.beforeWrite?.(Object.keys(entries));
    transactions.push(Object.keys(entries));
    remove.forEach((k) => records.delete(k));
    for (const [k, v] of Object.entries(entries)) records.set(k, structuredClone(v));
  },
  // As IndexedDB's one transaction: the values read, then every write, with nothing in between.
  change: async (keys: readonly string[], change: (values: unknown[]) => Written) => {
    hooks.beforeWrite?.(keys);
    const { put, remove = [] } = change(keys.map((k) => structuredClone(records.get(k))));
    transactions.push(Object.keys(put));
    remove.forEach((k) => records.delete(k));
    for (const [k, v] of Object.entries(put)) records.set(k, structuredClone(v));
  },
  entries: async (prefix: string) => {
    const all = sorted(prefix).map((k): [string, unknown] => (reads.push(k), [k, structuredClone(records.get(k))]));
    hooks.afterRead?.(prefix);
    return all;
  },
  keys: async (prefix: string) => {
    const keys = sorted(prefix);
    hooks.afterRead?.(prefix);
    return keys;
  },
  values: async (prefix: string) => sorted(prefix).map((k) => (reads.push(k), structuredClone(records.get(k)))),
});
