import { readSnapshot } from '../scan/snapshot-migrate';
import { RECORDS } from './items';
import { reviewImportedNotice } from './notices';
import { checkedChanges, checkedSettings, NOTICES } from './planted';

// Every stored shape has a version, and an older one is brought up to date rather than lost.
// Two levels: where things are stored (the layout, below), and each value's own shape:
//  - snapshot: its `version` field, upgraded by lib/scan/snapshot-migrate.ts (v1 → v2);
//  - settings, policy, accepted risks, decisions, changes, digest: parsed on every read field
//    by field or entry by entry, so a field added later takes its default and a damaged entry
//    is dropped, not the rest;
//  - event records and review history: parsed entry by entry on every read.
//
// Layouts:
//  1  first release: settings and the snapshot (v1) in storage.local
//  2  policy, accepted risks, decisions, changes, the digest, event records and history added,
//     all in storage.local
//  3  the large records (snapshot, event records, history) in the extension's IndexedDB,
//     small items in storage.local
//  4  now: everything in the extension's IndexedDB (lib/storage/items.ts), layout marker too.
//     storage.local is writable by content scripts: it is read once, for the upgrade to 4, and
//     never again, so keys a content script writes there later are never imported. What a page
//     could have planted before is handled as lib/storage/planted.ts says; event records are
//     not imported at all (the next scan reads them again from Scalingo).
//     A fresh install has nothing to upgrade: it records layout 4 without reading storage.local,
//     where a content script injected into a dashboard tab already open at install (Firefox
//     does that) could have planted keys (lib/storage/install-verdict.ts).

export const STORAGE_LAYOUT = 4;
export const LAYOUT_KEY = RECORDS.layout;

/** storage.local keys of layouts 1–3, each moved to the IndexedDB key of the same name; `key$` holds WXT's version metadata. */
const LARGE = [RECORDS.snapshot, RECORDS.history] as const;
const SMALL = [
  RECORDS.settings,
  RECORDS.policy,
  RECORDS.acceptances,
  RECORDS.decisions,
  RECORDS.changes,
  RECORDS.sealedApiToken,
] as const;
/** Not imported: made again from the snapshot at every start. */
const REMADE = [RECORDS.digest, RECORDS.activity] as const;
const LEGACY = [...LARGE, ...SMALL, ...REMADE, LAYOUT_KEY];

export interface MigrationStores {
  local: { get(keys: string[]): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
  records: {
    get(key: string): Promise<unknown>;
    put(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
  };
  /** Whether this start is the extension's first install (then there is nothing to upgrade). */
  freshInstall(): Promise<boolean>;
}

export interface MigrationReport {
  from: number;
  moved: string[];
  /** What was dropped or reset as possibly planted, or imported and to be reviewed: notes for the user (lib/storage/notices.ts). */
  notices: string[];
}

/**
 * Brings the stored layout up to date. storage.local is read once: that copy is written to
 * IndexedDB first, as one record (one transaction) that also marks the migration as under
 * way; a run that fails or is cut after that resumes from the copy and never reads
 * storage.local again (a page may have written there since). Idempotent; a value already in
 * IndexedDB wins.
 */
export async function migrateStorage(stores: MigrationStores): Promise<MigrationReport> {
  const done = await stores.records.get(LAYOUT_KEY);
  if (typeof done === 'number' && done >= STORAGE_LAYOUT) return { from: done, moved: [], notices: [] };
  const kept = (await stores.records.get(RECORDS.migration)) as { local?: unknown } | undefined;
  const resumed = kept && typeof kept.local === 'object' && kept.local !== null;
  if (!resumed && (await stores.freshInstall())) {
    // Whatever a page planted there before this first start is dropped unread, so that no later
    // run (a restart before the layout is recorded) could take it for an old version's data.
    await stores.local.remove([...LEGACY, ...LEGACY.map((k) => `${k}$`)]);
    await stores.records.put(LAYOUT_KEY, STORAGE_LAYOUT);
    return { from: STORAGE_LAYOUT, moved: [], notices: [] };
  }
  const legacy = resumed ? (kept.local as Record<string, unknown>) : await legacyCopy(stores);
  const marked = legacy[LAYOUT_KEY];
  const from =
    typeof marked === 'number'
      ? marked
      : 'activity' in legacy || 'history' in legacy
        ? 2
        : 'snapshot' in legacy
          ? 1
          : SMALL.some((k) => k in legacy)
            ? 3
            : STORAGE_LAYOUT;
  const moved: string[] = [];
  for (const key of LARGE.filter((k) => k in legacy)) if (await moveLarge(stores, key, legacy[key])) moved.push(key);

  const notices: string[] = [];
  for (const key of SMALL.filter((k) => k in legacy)) {
    const checked =
      key === RECORDS.settings
        ? checkedSettings(legacy[key])
        : key === RECORDS.changes
          ? checkedChanges(legacy[key])
          : { value: legacy[key], dropped: false };
    if (checked.dropped) notices.push(key === RECORDS.settings ? NOTICES.authUrl : NOTICES.undo);
    if ('reset' in checked && checked.reset) notices.push(NOTICES.switches);
    if ((await stores.records.get(key)) !== undefined) continue; // put by the run that was cut
    await stores.records.put(key, checked.value);
    moved.push(key);
  }
  // Kept (the user's own work must survive), but a page could have written them: ask for a look.
  const count = (key: string) => (Array.isArray(legacy[key]) ? legacy[key].length : 0);
  const imported = { acceptances: count(RECORDS.acceptances), decisions: count(RECORDS.decisions) };
  if (imported.acceptances + imported.decisions > 0 || RECORDS.policy in legacy)
    notices.push(reviewImportedNotice(imported.acceptances, imported.decisions));
  if (notices.length > 0) await stores.records.put(RECORDS.notices, notices);
  await stores.local.remove([...LEGACY, ...LEGACY.map((k) => `${k}$`)]);
  await stores.records.put(LAYOUT_KEY, STORAGE_LAYOUT);
  await stores.records.delete(RECORDS.migration);
  return { from, moved, notices };
}

/** The copy of storage.local this migration works from: taken once, kept until the migration is done. */
async function legacyCopy(stores: MigrationStores): Promise<Record<string, unknown>> {
  const local = await stores.local.get(LEGACY);
  await stores.records.put(RECORDS.migration, { local });
  return local;
}

/** A snapshot or event record already in IndexedDB wins; review history is merged. */
async function moveLarge(stores: MigrationStores, key: (typeof LARGE)[number], value: unknown): Promise<boolean> {
  const current = await stores.records.get(key);
  // Completed reviews are evidence: legacy ones are merged in, never dropped.
  if (key === RECORDS.history && Array.isArray(current) && Array.isArray(value)) {
    const kept: unknown[] = current;
    const legacy: unknown[] = value;
    const idOf = (r: unknown) => (r as { id?: unknown } | null)?.id;
    const ids = new Set(kept.map(idOf));
    await stores.records.put(key, [...legacy.filter((r) => !ids.has(idOf(r))), ...kept]);
    return true;
  }
  if (current !== undefined) return false;
  const upgraded = key === RECORDS.snapshot ? readSnapshot(value) : value;
  if (upgraded === null || upgraded === undefined) return false; // unreadable: dropped, never shown wrong
  await stores.records.put(key, upgraded);
  return true;
}
