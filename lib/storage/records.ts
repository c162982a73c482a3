// The keys of the extension's IndexedDB store `data` (lib/storage/idb.ts), apart from the
// storage items (lib/storage/items.ts) so that tests can list them without a browser.

/**
 * Keys of the IndexedDB store `data`, each parsed on every read:
 * settings (lib/settings.ts), the team's policy (lib/policy.ts), accepted risks, the review in
 * progress (decisions, and the changes applied with their undo), the review's digest for the
 * popup's first paint (lib/engine/digest.ts), the API token sealed when the user chose "remember
 * on this device" (AES-GCM, key in the store `keys`), notes for the user about the last
 * upgrade, the last AccessSnapshot, the event records per app, the completed reviews (the array of
 * older versions; now a record per review, lib/storage/history-records.ts), which
 * layout the stored data follows and, while an upgrade runs, its copy of the old storage (lib/storage/migrate.ts).
 */
export const RECORDS = {
  settings: 'settings',
  policy: 'policy',
  acceptances: 'acceptances',
  decisions: 'decisions',
  changes: 'changes',
  digest: 'reviewDigest',
  sealedApiToken: 'sealedApiToken',
  notices: 'notices',
  snapshot: 'snapshot',
  /** Written with every snapshot, in its transaction: while it is the same, the worker's parsed copy is (lib/background/snapshot-reader.ts). */
  snapshotStamp: 'snapshotStamp',
  activity: 'activity',
  history: 'history',
  /** Set once the stored reviews' packs carry their digests (lib/storage/history-records.ts, `seal`). */
  historySealed: 'historySealed',
  layout: 'storageLayout',
  /** While the upgrade out of storage.local runs: the one copy it took of it (lib/storage/migrate.ts). */
  migration: 'storageMigration',
  /** Page-only mode: what the collaborators pages visited showed (lib/pages/reading.ts), apart from the API snapshot. */
  pages: 'pageSnapshot',
} as const;
export type RecordKey = (typeof RECORDS)[keyof typeof RECORDS];
