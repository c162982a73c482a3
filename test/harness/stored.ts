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
        req.onerror = () => ko(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('data')) return (db.close(), ok(undefined));
          const get = db.transaction('data').objectStore('data').get(k);
          get.onsuccess = () => (db.close(), ok(get.result));
          get.onerror = () => ko(get.error);
        };
      }),
    key,
  );
}
