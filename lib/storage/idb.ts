// The extension's own IndexedDB: the sealing key (never exported) and the large records
// (snapshot, event records, history). Large values stay out of chrome.storage.local, whose
// first read in a page grows with everything it holds: the popup must open fast.

const DB = 'scalingo-access-review';
const VERSION = 2;
export type StoreName = 'keys' | 'data';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, VERSION);
    req.onupgradeneeded = () => {
      for (const name of ['keys', 'data'] as const) if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(store: StoreName, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const req = op(db.transaction(store, mode).objectStore(store));
        req.onsuccess = () => resolve(req.result as T);
        req.onerror = () => reject(req.error);
      }).finally(() => db.close()),
  );
}

export const idb = (store: StoreName) => ({
  get: (key: string) => run<unknown>(store, 'readonly', (s) => s.get(key)),
  put: (key: string, value: unknown) => run<void>(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined),
  delete: (key: string) => run<void>(store, 'readwrite', (s) => s.delete(key)).then(() => undefined),
});
