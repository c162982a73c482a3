import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newSealingKey } from '../../../lib/secrets/seal';
import type { KeyStore } from '../../../lib/secrets/key-store';
import type { SealedSecret } from '../../../lib/secrets/seal';
import { tokenVault as realVault, type SealedStore } from '../../../lib/secrets/token-locations';
import { sessionBearer } from '../../../lib/storage/items';

const TOKEN = 'tk-us-secret-0123456789';

function memoryKeys(): KeyStore & { cleared: number } {
  let key: CryptoKey | null = null;
  return {
    cleared: 0,
    async getOrCreate() {
      key ??= await newSealingKey();
      return key;
    },
    async clear() {
      key = null;
      this.cleared++;
    },
  };
}

/** The sealed copy as the extension's IndexedDB would keep it. */
let sealed: SealedSecret | null = null;
const sealedStore: SealedStore = {
  get: async () => sealed,
  set: async (s) => void (sealed = s),
  remove: async () => void (sealed = null),
};
const tokenVault = (keys: KeyStore) => realVault(keys, sealedStore);

const dump = async (area: 'local' | 'session') => JSON.stringify(await fakeBrowser.storage[area].get(null));

describe('token vault', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sealed = null;
  });

  it('keeps the token in session storage only, unless asked to remember it', async () => {
    const vault = tokenVault(memoryKeys());
    await vault.save(TOKEN, false);
    expect(await vault.get()).toBe(TOKEN);
    expect(await dump('local')).not.toContain('tk-us');
  });

  it('remembers the token sealed, never in clear, and reads it back after the session ends', async () => {
    const keys = memoryKeys();
    const vault = tokenVault(keys);
    await vault.save(TOKEN, true);
    expect(await dump('local')).toBe('{}');
    expect(JSON.stringify(sealed)).not.toContain('secret');
    await fakeBrowser.storage.session.clear(); // the browser restarted
    expect(await vault.get()).toBe(TOKEN);
  });

  it('gives no token when the sealing key is gone (the user pastes it again)', async () => {
    const keys = memoryKeys();
    const vault = tokenVault(keys);
    await vault.save(TOKEN, true);
    await fakeBrowser.storage.session.clear();
    await keys.clear();
    expect(await vault.get()).toBeNull();
  });

  it('clears every token location on sign-out', async () => {
    const keys = memoryKeys();
    const vault = tokenVault(keys);
    await vault.save(TOKEN, true);
    await sessionBearer.setValue({ token: 'jwt', expiresAt: Date.now() + 1000 });
    await vault.clearAll();
    expect(await vault.get()).toBeNull();
    expect(await dump('local')).toBe('{}');
    expect(await dump('session')).toBe('{}');
    expect(sealed).toBeNull();
    expect(keys.cleared).toBe(1);
  });

  it('drops the old bearer when a new token is saved', async () => {
    const vault = tokenVault(memoryKeys());
    await sessionBearer.setValue({ token: 'old-jwt', expiresAt: Date.now() + 1000 });
    await vault.save(TOKEN, false);
    expect(await sessionBearer.getValue()).toBeNull();
  });
});
