import { describe, expect, it, vi } from 'vitest';
import { installVerdict, type InstallEvents } from '../../../lib/storage/install-verdict';
import { RECORDS } from '../../../lib/storage/records';
import { LAYOUT_KEY, migrateStorage, STORAGE_LAYOUT, type MigrationStores } from '../../../lib/storage/migrate';

// A fresh install imports nothing from storage.local: in Firefox, the content script is
// injected into dashboard tabs already open at install and may write there before the
// background's first upgrade runs (lib/storage/install-verdict.ts).

const planted = {
  snapshot: { version: 2, apps: [], assignments: [], marker: 'planted' },
  history: [{ id: 'planted-review' }],
  acceptances: [{ findingId: 'f1', justification: 'planted', until: '2099-01-01' }],
  policy: { trustedDomains: ['evil.example'] },
  decisions: [{ findingId: 'f2', kind: 'keep', justification: 'planted', until: null }],
  settings: { authUrl: 'https://auth.evil.example' },
  storageLayout: 3,
};

function stores(fresh: boolean, records: Record<string, unknown> = {}) {
  const reads: string[][] = [];
  const removed: string[] = [];
  const s: MigrationStores = {
    local: {
      get: async (keys) => (reads.push(keys), structuredClone(planted)),
      remove: async (keys) => void removed.push(...keys),
    },
    records: {
      get: async (k) => structuredClone(records[k]),
      put: async (k, v) => void (records[k] = structuredClone(v)),
      delete: async (k) => void delete records[k],
    },
    freshInstall: async () => fresh,
  };
  return { s, reads, records, removed };
}

describe('the first install', () => {
  it('records the current layout and imports none of the keys planted in storage.local, without reading it', async () => {
    const { s, reads, records } = stores(true);
    expect(await migrateStorage(s)).toEqual({ from: STORAGE_LAYOUT, moved: [], notices: [] });
    expect(records).toEqual({ [LAYOUT_KEY]: STORAGE_LAYOUT });
    expect(reads).toEqual([]);
  });

  it('drops the planted keys unread, so a later start cannot take them for an old version’s data', async () => {
    const { s, reads, removed } = stores(true);
    await migrateStorage(s);
    expect(reads).toEqual([]);
    expect(removed).toEqual(expect.arrayContaining(Object.keys(planted)));
  });

  it('an update from an old layout still reads storage.local and keeps the owner’s data', async () => {
    const { s, reads, records } = stores(false);
    expect((await migrateStorage(s)).from).toBe(3);
    expect(reads).toHaveLength(1);
    expect(records.decisions).toEqual(planted.decisions);
  });

  it('an upgrade cut short resumes from its copy, whatever the verdict', async () => {
    const { s, reads, records } = stores(true, { [RECORDS.migration]: { local: { decisions: planted.decisions } } });
    await migrateStorage(s);
    expect(reads).toEqual([]);
    expect(records.decisions).toEqual(planted.decisions);
  });
});

function fakeRuntime() {
  const installed: ((d: { reason: string }) => void)[] = [];
  const started: (() => void)[] = [];
  const events: InstallEvents = {
    onInstalled: { addListener: (l) => void installed.push(l) },
    onStartup: { addListener: (l) => void started.push(l) },
  };
  return { events, install: (reason: string) => installed.forEach((l) => l({ reason })), start: () => started[0]!() };
}

describe('telling a fresh install from an update', () => {
  it('is a fresh install only when onInstalled says "install"', async () => {
    const fresh = fakeRuntime();
    const isFresh = installVerdict(fresh.events);
    fresh.install('install');
    expect(await isFresh()).toBe(true);
    const updated = fakeRuntime();
    const isUpdate = installVerdict(updated.events);
    updated.install('update');
    expect(await isUpdate()).toBe(false);
  });

  it('a browser start is not an install, and the first event decides', async () => {
    const rt = fakeRuntime();
    const verdict = installVerdict(rt.events);
    rt.start();
    rt.install('install');
    expect(await verdict()).toBe(false);
  });

  it('with no event at all (a restarted background), it is not an install, so stored data is upgraded', async () => {
    vi.useFakeTimers();
    try {
      const verdict = installVerdict(fakeRuntime().events, 3_000);
      let answer: boolean | undefined;
      void verdict().then((v) => (answer = v));
      await vi.advanceTimersByTimeAsync(2_999);
      expect(answer).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
