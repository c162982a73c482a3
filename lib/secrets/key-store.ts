import { newSealingKey } from './seal';

// Keeps the sealing key in the extension's own IndexedDB (CryptoKey objects can be stored
// there without ever being exported).

const DB = 'scalingo-access-review';
const STORE = 'keys';
const KEY_ID = 'token-sealing-key';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const req = op(db.transaction(STORE, mode).objectStore(STORE));
        req.onsuccess = () => resolve(req.result as T);
        req.onerror = () => reject(req.error);
      }).finally(() => db.close()),
  );
}

export interface KeyStore {
  getOrCreate(): Promise<CryptoKey>;
  clear(): Promise<void>;
}

export const indexedDbKeyStore: KeyStore = {
  async getOrCreate() {
    const existing = await run<CryptoKey | undefined>('readonly', (s) => s.get(KEY_ID));
    if (existing) return existing;
    const key = await newSealingKey();
    await run('readwrite', (s) => s.put(key, KEY_ID));
    return key;
  },
  async clear() {
    await run('readwrite', (s) => s.delete(KEY_ID));
  },
};
