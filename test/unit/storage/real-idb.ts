import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { idb as realIdb, Written } from '../../../lib/storage/idb';

// The extension's IndexedDB code (lib/storage/idb.ts) run for real on fake-indexeddb, an in-memory
// IndexedDB that keeps its transactions: one that fails aborts whole. A test mocks lib/storage/idb
// with `spied(actual idb)`, which passes every call through and records what it wrote and read;
// its hooks let a test write concurrently, or make one write of a transaction fail (a value
// IndexedDB cannot store), and the real transaction then rolls back.

type Idb = typeof realIdb;
type Store = ReturnType<Idb>;

/** The keys each write transaction put, and every key whose value was read. */
export const transactions: string[][] = [];
export const reads: string[] = [];
export const hooks: {
  /** Before a write transaction starts, with the keys it writes or reads-then-writes: a test writes concurrently. */
  beforeWrite?: (keys: readonly string[]) => Promise<void> | void;
  /** Once the keys under `prefix` are read: a test writes between two reads. */
  afterRead?: (prefix: string) => Promise<void> | void;
  /** What a read-then-write transaction puts, changed by the test (one value made unstorable). */
  poison?: (put: Record<string, unknown>) => Record<string, unknown>;
} = {};

let actual: Idb;

/** A fresh, empty IndexedDB for the next test. */
export function resetIdb() {
  globalThis.indexedDB = new IDBFactory();
  transactions.length = 0;
  reads.length = 0;
  hooks.beforeWrite = hooks.afterRead = hooks.poison = undefined;
}

export const store = (): Store => actual('data');
/** Every key of the store `data` and its value, read through the real code. */
export async function dump(prefix = ''): Promise<Map<string, unknown>> {
  return new Map(await actual('data').entries(prefix));
}

export function spied(real: Idb): Idb {
  actual = real;
  return (name) => {
    const s = real(name);
    const write = async (keys: readonly string[]) => (await hooks.beforeWrite?.(keys), transactions.push([...keys]));
    return {
      ...s,
      get: async (key) => (reads.push(key), s.get(key)),
      getMany: async (keys) => (reads.push(...keys), s.getMany(keys)),
      put: async (key, value) => (await write([key]), s.put(key, value)),
      putAll: async (entries, remove, durability) => (
        await write(Object.keys(entries)),
        s.putAll(entries, remove, durability)
      ),
      change: async (keys, change) => {
        await hooks.beforeWrite?.(keys);
        return s.change(keys, (values): Written => {
          const w = change(values);
          const put = hooks.poison ? hooks.poison({ ...w.put }) : w.put;
          transactions.push(Object.keys(w.put));
          return { ...w, put };
        });
      },
      entries: async (prefix) => {
        const all = await s.entries(prefix);
        reads.push(...all.map(([k]) => k));
        await hooks.afterRead?.(prefix);
        return all;
      },
      keys: async (prefix) => {
        const keys = await s.keys(prefix);
        await hooks.afterRead?.(prefix);
        return keys;
      },
      values: async (prefix) => {
        const [keys, values] = [await s.keys(prefix), await s.values(prefix)];
        reads.push(...keys);
        return values;
      },
    };
  };
}
