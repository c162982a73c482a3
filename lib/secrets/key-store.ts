import { idb } from '../storage/idb';
import { newSealingKey } from './seal';

// Keeps the sealing key in the extension's own IndexedDB (CryptoKey objects can be stored
// there without ever being exported).

const keys = idb('keys');
const KEY_ID = 'token-sealing-key';

export interface KeyStore {
  getOrCreate(): Promise<CryptoKey>;
  clear(): Promise<void>;
}

export const indexedDbKeyStore: KeyStore = {
  async getOrCreate() {
    const existing = (await keys.get(KEY_ID)) as CryptoKey | undefined;
    if (existing) return existing;
    const key = await newSealingKey();
    await keys.put(KEY_ID, key);
    return key;
  },
  async clear() {
    await keys.delete(KEY_ID);
  },
};
