import { storage } from 'wxt/utils/storage';
import type { Bearer } from '../scalingo/bearer';

// Every stored item of the extension, declared here and nowhere else. Items that hold a
// secret are also listed in lib/secrets/token-locations.ts, which clears them on sign-out.
//
// Nothing is kept in `storage.local`: content scripts can read and write it. Recent Chrome can
// close it with `setAccessLevel`, Firefox cannot (MDN: `setAccessLevel` is for
// `storage.session` only; Mozilla bug 1724754 is open), so whatever lies there is untrusted input. Trusted state lives in the extension origin's
// IndexedDB (lib/storage/idb.ts), which only extension pages and the worker can open, and in
// `storage.session`, closed to content scripts by default in both browsers but wiped when the
// browser closes (so: only the token of this session, the bearer, the scan state and the overlay's budgets).

/** The API token for this browser session only (default). */
export const sessionApiToken = storage.defineItem<string>('session:apiToken');
/** The short-lived bearer (one hour), never persisted to disk. */
export const sessionBearer = storage.defineItem<Bearer>('session:bearer');
/** The last scan's state, for the popup while a scan runs or after it failed. */
export const scanStateItem = storage.defineItem<unknown>('session:scanState');
/** What the dashboard's requests spent of their budgets (lib/background/overlay-limits.ts): kept across restarts of the background. */
export const overlayBudgetItem = storage.defineItem<unknown>('session:overlayBudget');

/**
 * Keys of the IndexedDB store `data`, each parsed on every read:
 * settings (lib/settings.ts), the team's policy (lib/policy.ts), accepted risks, the review in
 * progress (decisions, and the changes applied with their undo), the review's digest for the
 * popup's first paint (lib/rules/digest.ts), the API token sealed when the user chose "remember
 * on this device" (AES-GCM, key in the store `keys`), notes for the user about the last
 * upgrade, the last AccessSnapshot, the event records per app, the completed reviews, and which
 * layout the stored data follows (lib/storage/migrate.ts).
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
  activity: 'activity',
  history: 'history',
  layout: 'storageLayout',
} as const;
export type RecordKey = (typeof RECORDS)[keyof typeof RECORDS];
