import { readSnapshot } from '../scan/snapshot-migrate';
import { RECORDS } from './items';

// Every stored shape has a version, and an older one is brought up to date rather than lost.
// Two levels: where things are stored (the layout, below), and each value's own shape:
//  - snapshot: its `version` field, upgraded by lib/scan/snapshot-migrate.ts (v1 → v2);
//  - settings, policy, accepted risks, decisions, changes, digest (storage items, WXT version 1
//    in lib/storage/items.ts): parsed on every read field by field or entry by entry, so a
//    field added later takes its default and a damaged entry is dropped, not the rest;
//  - event records and review history (IndexedDB): parsed entry by entry on every read.
//
// Layouts:
//  1  first release: settings and the snapshot (v1) in storage.local
//  2  policy, accepted risks, decisions, changes, the digest, event records and history added,
//     all in storage.local
//  3  now: the large records (snapshot, event records, history) in the extension's IndexedDB,
//     small items in storage.local (its first read in a page grows with what it holds)

export const STORAGE_LAYOUT = 3;
export const LAYOUT_KEY = 'storageLayout';

/** storage.local keys of layouts 1–2 that move to IndexedDB; `key$` holds WXT's version metadata. */
const MOVED: Record<string, (typeof RECORDS)[keyof typeof RECORDS]> = { snapshot: RECORDS.snapshot, activity: RECORDS.activity, history: RECORDS.history };

export interface MigrationStores {
  local: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string[]): Promise<void>;
  };
  records: { get(key: string): Promise<unknown>; put(key: string, value: unknown): Promise<void> };
}

export interface MigrationReport {
  from: number;
  moved: string[];
}

/** Brings the stored layout up to date. Idempotent; a snapshot or event record already in its new place wins. */
export async function migrateStorage(stores: MigrationStores): Promise<MigrationReport> {
  const { [LAYOUT_KEY]: stored } = await stores.local.get([LAYOUT_KEY]);
  const legacyKeys = Object.keys(MOVED);
  const legacy = await stores.local.get(legacyKeys);
  const from = typeof stored === 'number' ? stored : 'activity' in legacy || 'history' in legacy ? 2 : 'snapshot' in legacy ? 1 : STORAGE_LAYOUT;
  if (from >= STORAGE_LAYOUT && Object.keys(legacy).length === 0) {
    if (stored !== STORAGE_LAYOUT) await stores.local.set({ [LAYOUT_KEY]: STORAGE_LAYOUT });
    return { from, moved: [] };
  }
  const moved: string[] = [];
  for (const [key, value] of Object.entries(legacy)) {
    const target = MOVED[key]!;
    const current = await stores.records.get(target);
    // Completed reviews are evidence: legacy ones are merged in, never dropped.
    if (key === 'history' && Array.isArray(current) && Array.isArray(value)) {
      const ids = new Set(current.map((r: { id?: unknown }) => r?.id));
      await stores.records.put(target, [...value.filter((r: { id?: unknown }) => !ids.has(r?.id)), ...current]);
      moved.push(key);
      continue;
    }
    if (current !== undefined) continue; // a newer snapshot or event record wins
    const upgraded = key === 'snapshot' ? readSnapshot(value) : value;
    if (upgraded === null || upgraded === undefined) continue; // unreadable: dropped, never shown wrong
    await stores.records.put(target, upgraded);
    moved.push(key);
  }
  await stores.local.remove([...legacyKeys, ...legacyKeys.map((k) => `${k}$`)]);
  await stores.local.set({ [LAYOUT_KEY]: STORAGE_LAYOUT });
  return { from, moved };
}
