import type { BearerStore } from '../scalingo/bearer';
import { sealedApiToken, sessionApiToken, sessionBearer } from '../storage/items';
import { indexedDbKeyStore, type KeyStore } from './key-store';
import { seal, unseal } from './seal';

// Every place a secret lives, in one module, so that sign-out clears them all:
//  1. session:apiToken        the API token, this browser session only
//  2. local:sealedApiToken    the API token sealed with (3), only if "remember on this device"
//  3. IndexedDB key           the non-extractable AES key that seals (2)
//  4. session:bearer          the one-hour bearer exchanged from the token
// Only the background worker imports this module.

export function tokenVault(keys: KeyStore = indexedDbKeyStore) {
  return {
    async get(): Promise<string | null> {
      const inSession = await sessionApiToken.getValue();
      if (inSession) return inSession;
      const sealed = await sealedApiToken.getValue();
      if (!sealed) return null;
      const token = await unseal(await keys.getOrCreate(), sealed);
      if (token) await sessionApiToken.setValue(token);
      return token;
    },
    async save(token: string, remember: boolean): Promise<void> {
      await sessionBearer.removeValue();
      await sessionApiToken.setValue(token);
      if (remember) await sealedApiToken.setValue(await seal(await keys.getOrCreate(), token));
      else await sealedApiToken.removeValue();
    },
    async clearAll(): Promise<void> {
      await Promise.all([sessionApiToken.removeValue(), sealedApiToken.removeValue(), sessionBearer.removeValue()]);
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
