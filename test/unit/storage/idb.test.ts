import { afterEach, describe, expect, it, vi } from 'vitest';
import { idb } from '../../../lib/storage/idb';

// lib/storage/idb.ts over a scripted IndexedDB (Node has none): what the module reports must
// follow the transaction, which can still abort after its request succeeded (disk full, the
// browser closing), and an upgrade blocked by another page must end in an error, not a hang.

type Script = { ending: 'complete' | 'abort'; blocked?: boolean };

function scriptedIndexedDb(script: Script) {
  const stored = new Map<string, unknown>();
  const transactions: { mode: string; durability?: string; ops: string[] }[] = [];
  const later = (fn: () => void) => setTimeout(fn, 0);
  const db = {
    objectStoreNames: { contains: () => true },
    close: () => undefined,
    transaction(_name: string, mode: string, opts?: { durability?: string }) {
      const record = { mode, durability: opts?.durability, ops: [] as string[] };
      transactions.push(record);
      const tx: Record<string, unknown> & { error: unknown } = { error: null };
      const pending: (() => void)[] = [];
      const request = (op: string, apply: () => unknown) => {
        const req: Record<string, unknown> = {};
        record.ops.push(op);
        pending.push(() => ((req.result = apply()), (req.onsuccess as (() => void) | undefined)?.()));
        return req;
      };
      later(() => {
        for (const p of pending) p();
        later(() => {
          if (script.ending === 'abort') {
            for (const op of record.ops) if (op.startsWith('put ')) stored.delete(op.slice(4)); // rolled back
            tx.error = new DOMException('Quota exceeded', 'QuotaExceededError');
            (tx.onabort as () => void)();
          } else (tx.oncomplete as () => void)();
        });
      });
      tx.objectStore = () => ({
        get: (k: string) => request(`get ${k}`, () => stored.get(k)),
        put: (v: unknown, k: string) => request(`put ${k}`, () => void stored.set(k, v)),
        delete: (k: string) => request(`delete ${k}`, () => void stored.delete(k)),
      });
      return tx;
    },
  };
  vi.stubGlobal('indexedDB', {
    open() {
      const req: Record<string, unknown> = { result: db };
      later(() => (script.blocked ? (req.onblocked as () => void)() : (req.onsuccess as () => void)()));
      return req;
    },
  });
  return { stored, transactions };
}

afterEach(() => vi.unstubAllGlobals());

describe('idb', () => {
  it('reports a write as failed when its transaction aborts after the request succeeded', async () => {
    const { stored } = scriptedIndexedDb({ ending: 'abort' });
    await expect(idb('data').put('changes', [{ id: 1 }])).rejects.toThrow(/Quota exceeded/);
    expect(stored.has('changes')).toBe(false);
  });

  it('reports a write as done once committed, flushing evidence (changes, history) with strict durability', async () => {
    const { stored, transactions } = scriptedIndexedDb({ ending: 'complete' });
    await idb('data').put('history', []);
    await idb('data').put('policy', {});
    expect(stored.get('history')).toEqual([]);
    expect(transactions.map((t) => t.durability)).toEqual(['strict', 'default']);
  });

  it('ends in a clear error when another page blocks the database', async () => {
    scriptedIndexedDb({ ending: 'complete', blocked: true });
    await expect(idb('data').get('settings')).rejects.toThrow(/storage is busy/);
  });

  it('deletes many keys in one transaction', async () => {
    const { transactions } = scriptedIndexedDb({ ending: 'complete' });
    await idb('data').deleteAll(['a', 'b', 'c']);
    expect(transactions).toEqual([
      { mode: 'readwrite', durability: 'strict', ops: ['delete a', 'delete b', 'delete c'] },
    ]);
  });
});
