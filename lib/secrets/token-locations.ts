import type { BearerStore } from '../scalingo/bearer';
import { idb } from '../storage/idb';
import { RECORDS, sessionApiToken, sessionBearer } from '../storage/items';
import { indexedDbKeyStore, type KeyStore } from './key-store';
import { seal, unseal, type SealedSecret } from './seal';

// Every place a secret lives, in one module, so that sign-out clears them all:
//  1. session:apiToken        the API token, this browser session only
//  2. IndexedDB sealedApiToken the API token sealed with (3), only if "remember on this device"
//  3. IndexedDB key           the non-extractable AES key that seals (2)
//  4. session:bearer          the one-hour bearer exchanged from the token
// Only the background worker imports this module.

/** Where the sealed token lives: the extension's IndexedDB (no content script can open it). */
export interface SealedStore {
  get(): Promise<SealedSecret | null>;
  set(s: SealedSecret): Promise<void>;
  remove(): Promise<void>;
}

const data = idb('data');
const sealedInIndexedDb: SealedStore = {
  get: async () => {
    const v = (await data.get(RECORDS.sealedApiToken)) as Partial<SealedSecret> | undefined;
    return typeof v?.iv === 'string' && typeof v.data === 'string' ? { iv: v.iv, data: v.data } : null;
  },
  set: (s) => data.put(RECORDS.sealedApiToken, s),
  remove: () => data.delete(RECORDS.sealedApiToken),
};

export function tokenVault(keys: KeyStore = indexedDbKeyStore, sealedApiToken: SealedStore = sealedInIndexedDb) {
  return {
    async get(): Promise<string | null> {
      const inSession = await sessionApiToken.getValue();
      if (inSession) return inSession;
      const sealed = await sealedApiToken.get();
      if (!sealed) return null;
      const token = await unseal(await keys.getOrCreate(), sealed);
      if (token) await sessionApiToken.setValue(token);
      return token;
    },
    async save(token: string, remember: boolean): Promise<void> {
      await sessionBearer.removeValue();
      await sessionApiToken.setValue(token);
      if (remember) await sealedApiToken.set(await seal(await keys.getOrCreate(), token));
      else await sealedApiToken.remove();
    },
    async clearAll(): Promise<void> {
      await Promise.all([sessionApiToken.removeValue(), sealedApiToken.remove(), sessionBearer.removeValue()]);
      await keys.clear();
    },
  };
}
export type TokenVault = ReturnType<typeof tokenVault>;

export const sessionBearerStore: BearerStore = {
  get: () => sessionBearer.getValue(),
  set: (b) => sessionBearer.setValue(b),
  clear: () => sessionBearer.removeValue(),
};
