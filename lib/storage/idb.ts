// The extension's own IndexedDB: the sealing key (never exported) and every trusted record
// (lib/storage/items.ts). A write is done when its transaction commits (`complete`), not when
// its request succeeds: a transaction can still abort after that (disk full, browser closing),
// and the caller must not be told "stored" for a value that is not.

const DB = 'scalingo-access-review';
const VERSION = 2;
export type StoreName = 'keys' | 'data';
/** What a `change` writes: values by key, and keys removed. */
export interface Written {
  put: Readonly<Record<string, unknown>>;
  remove?: readonly string[];
}

/** Records that are evidence (applied changes, completed reviews): flushed to disk before "done". */
const STRICT: ReadonlySet<string> = new Set(['changes', 'history']);

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, VERSION);
    req.onupgradeneeded = () => {
      for (const name of ['keys', 'data'] as const)
        if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
    };
    req.onsuccess = () => {
      // A newer version opened elsewhere (an update): let it through rather than block it.
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('The extension storage could not be opened.'));
    req.onblocked = () =>
      reject(
        new Error(
          'The extension storage is busy (an older page holds it open): close other extension tabs and try again.',
        ),
      );
  });
}

function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest | void,
  durability: 'strict' | 'default' = 'default',
): Promise<T> {
  return open().then((db) =>
    new Promise<T>((resolve, reject) => {
      // `durability` is ignored where unknown (older Firefox): the default then applies.
      const tx = db.transaction(store, mode, { durability });
      const req = op(tx.objectStore(store));
      const failed = () => reject(tx.error ?? req?.error ?? new Error('The extension storage refused the operation.'));
      tx.oncomplete = () => resolve(req?.result as T);
      tx.onabort = failed;
      tx.onerror = failed;
    }).finally(() => db.close()),
  );
}

export const idb = (store: StoreName) => ({
  get: (key: string) => run<unknown>(store, 'readonly', (s) => s.get(key)),
  /** Several keys read in one transaction: values written together are read as of one moment. */
  getMany: (keys: readonly string[]) => {
    const reqs: IDBRequest[] = [];
    return run<void>(store, 'readonly', (s) => void keys.forEach((k) => reqs.push(s.get(k)))).then(() =>
      reqs.map((r) => r.result as unknown),
    );
  },
  put: (key: string, value: unknown) =>
    run<void>(store, 'readwrite', (s) => s.put(value, key), STRICT.has(key) ? 'strict' : 'default').then(
      () => undefined,
    ),
  delete: (key: string) => run<void>(store, 'readwrite', (s) => s.delete(key)).then(() => undefined),
  /** Deletes every key given as one transaction: all gone, or none. */
  deleteAll: (keys: readonly string[]) =>
    run<void>(store, 'readwrite', (s) => void keys.forEach((k) => s.delete(k)), 'strict').then(() => undefined),
  /** Writes every entry (and deletes the keys in `remove`) as one transaction: all done, or none. */
  putAll: (
    entries: Readonly<Record<string, unknown>>,
    remove: readonly string[] = [],
    durability: 'strict' | 'default' = 'strict',
  ) =>
    run<void>(
      store,
      'readwrite',
      (s) => {
        remove.forEach((k) => s.delete(k));
        Object.entries(entries).forEach(([k, v]) => s.put(v, k));
      },
      durability,
    ).then(() => undefined),
  /**
   * Reads `keys`, then writes what `change` makes of their values, as one transaction: no other
   * write lands between the read and the write, and all of it is done, or none.
   */
  change: (keys: readonly string[], change: (values: unknown[]) => Written) =>
    run<void>(
      store,
      'readwrite',
      (s) => {
        const values: unknown[] = [];
        let left = keys.length;
        const write = () => {
          const { put, remove = [] } = change(values);
          remove.forEach((k) => s.delete(k));
          Object.entries(put).forEach(([k, v]) => s.put(v, k));
        };
        if (!left) write();
        keys.forEach((k, i) => {
          const req = s.get(k);
          // A throw here aborts the transaction: nothing of it is written.
          req.onsuccess = () => ((values[i] = req.result), --left === 0 && write());
        });
      },
      'strict',
    ).then(() => undefined),
  /** The keys starting with `prefix`, in order. */
  keys: (prefix: string) =>
    run<IDBValidKey[]>(store, 'readonly', (s) => s.getAllKeys(below(prefix))).then((ks) => ks.map(String)),
  /** The keys starting with `prefix` and their values, read in one transaction (never out of step). */
  entries: (prefix: string) => {
    let keys: IDBValidKey[] = [];
    let values: unknown[] = [];
    return run<void>(store, 'readonly', (s) => {
      const k = s.getAllKeys(below(prefix));
      const v = s.getAll(below(prefix));
      // Our keys are strings (`below` bounds them as strings).
      k.onsuccess = () => (keys = k.result);
      v.onsuccess = () => (values = v.result as unknown[]);
    }).then(() => keys.map((key, i): [string, unknown] => [key as string, values[i]]));
  },
  /** The values of the keys starting with `prefix`, in the order of their keys. */
  values: (prefix: string) => run<unknown[]>(store, 'readonly', (s) => s.getAll(below(prefix))),
});

/** Every string key that starts with `prefix`. */
const below = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
