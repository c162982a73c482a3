import type { LoadedExtension } from './launch';

/**
 * One value of the extension's IndexedDB store `data` (keys in lib/storage/items.ts), where
 * trusted state lives, read inside the service worker (the one running now).
 */
export function storedRecord(ext: LoadedExtension, key: string): Promise<unknown> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  return worker.evaluate(
    (k) =>
      new Promise((ok, ko) => {
        const req = indexedDB.open('scalingo-access-review');
        req.onerror = () => ko(req.error ?? new Error('IndexedDB failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('data')) return (db.close(), ok(undefined));
          const get = db.transaction('data').objectStore('data').get(k);
          get.onsuccess = () => (db.close(), ok(get.result));
          get.onerror = () => ko(get.error ?? new Error('IndexedDB failed'));
        };
      }),
    key,
  );
}

/** Every key of one of the extension's IndexedDB stores (`data` or `keys`), read inside the service worker. */
export function storedKeys(ext: LoadedExtension, store: 'data' | 'keys'): Promise<string[]> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  return worker.evaluate(
    (name) =>
      new Promise<string[]>((ok, ko) => {
        const req = indexedDB.open('scalingo-access-review');
        req.onerror = () => ko(req.error ?? new Error('IndexedDB failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), ok([]));
          const all = db.transaction(name).objectStore(name).getAllKeys();
          all.onsuccess = () => (db.close(), ok(all.result.map(String)));
          all.onerror = () => ko(all.error ?? new Error('IndexedDB failed'));
        };
      }),
    store,
  );
}

/** Writes one value of the store `data`, as an earlier version or an upgrade left it. */
export function putStoredRecord(ext: LoadedExtension, key: string, value: unknown): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  return worker.evaluate(
    ([k, v]) =>
      new Promise<void>((ok, ko) => {
        const req = indexedDB.open('scalingo-access-review');
        req.onerror = () => ko(req.error ?? new Error('IndexedDB failed'));
        req.onsuccess = () => {
          const tx = req.result.transaction('data', 'readwrite');
          tx.objectStore('data').put(v, k);
          tx.oncomplete = () => (req.result.close(), ok());
          tx.onerror = () => ko(tx.error ?? new Error('IndexedDB failed'));
        };
      }),
    [key, value] as const,
  );
}
