import { describe, expect, it } from 'vitest';
import { LAYOUT_KEY, migrateStorage, STORAGE_LAYOUT, type MigrationStores } from '../../../lib/storage/migrate';
import { migrationGate } from '../../../lib/storage/migration-gate';

// A migration that fails or is cut half-way (the worker stopped, storage busy) resumes from the
// copy it took of storage.local, never from storage.local again: a page may have written there
// since. And no request is served on half-migrated data: it gets "try again".

function stores(local: Record<string, unknown>, failPutNumber: number | null = null) {
  const records: Record<string, unknown> = {};
  let puts = 0;
  const reads: string[][] = [];
  const s: MigrationStores = {
    local: {
      get: async (keys) => (
        reads.push(keys),
        Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, structuredClone(local[k])]))
      ),
      remove: async (keys) => keys.forEach((k) => delete local[k]),
    },
    records: {
      get: async (k) => structuredClone(records[k]),
      put: async (k, v) => {
        if (++puts === failPutNumber) throw new Error('storage busy');
        records[k] = structuredClone(v);
      },
      delete: async (k) => void delete records[k],
    },
    freshInstall: async () => false, // an update
  };
  return { stores: s, local, records, reads };
}

const decided = {
  findingId: 'f1',
  kind: 'keep',
  justification: 'needed',
  until: null,
  decidedAt: '2026-10-01T00:00:00.000Z',
};

describe('a migration cut half-way', () => {
  it('resumes from its own copy and never reads storage.local a second time', async () => {
    const {
      stores: s,
      local,
      records,
      reads,
    } = stores({ storageLayout: 3, settings: { language: 'fr' }, decisions: [decided] }, 2);
    await expect(migrateStorage(s)).rejects.toThrow('storage busy');
    expect(records[LAYOUT_KEY]).toBeUndefined();
    // Between the two runs, a content script writes to storage.local.
    Object.assign(local, {
      settings: { authUrl: 'https://auth.evil.example', allowChanges: true },
      decisions: [],
      acceptances: [{ findingId: 'f9', justification: 'planted' }],
    });
    await migrateStorage(s);
    expect(reads).toHaveLength(1);
    expect(records.settings).toEqual({ language: 'fr' });
    expect(records.decisions).toEqual([decided]);
    expect(records.acceptances).toBeUndefined();
    expect(records[LAYOUT_KEY]).toBe(STORAGE_LAYOUT);
    expect(Object.keys(records).filter((k) => k.toLowerCase().includes('migration'))).toEqual([]); // the copy is gone once done
  });

  it('writes the copy of storage.local first, as one record that marks the migration as under way', async () => {
    const { stores: s, records } = stores({ storageLayout: 3, settings: { language: 'fr' }, decisions: [decided] }, 2);
    await expect(migrateStorage(s)).rejects.toThrow();
    expect(Object.keys(records)).toHaveLength(1);
    const copy = JSON.stringify(Object.values(records)[0]);
    expect(copy).toContain('"language":"fr"');
    expect(copy).toContain('"justification":"needed"');
  });
});

describe('migrationGate', () => {
  it('answers "try again" while the migration fails, serves nothing on half-migrated data, and retries', async () => {
    let attempts = 0;
    const gate = migrationGate(async () => {
      if (++attempts === 1) throw new Error('storage busy');
    });
    const served: string[] = [];
    const first = await gate.whenReady(async () => (served.push('first'), 'ok'));
    expect(first).toMatchObject({ ok: false, message: expect.stringMatching(/try again/i) });
    expect(served).toEqual([]);
    expect(await gate.whenReady(async () => (served.push('second'), 'ok'))).toBe('ok');
    expect(served).toEqual(['second']);
    expect(attempts).toBe(2);
  });
});
