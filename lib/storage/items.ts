import { storage } from 'wxt/utils/storage';
import type { Bearer } from '../scalingo/bearer';
import type { SealedSecret } from '../secrets/seal';

// Every stored item of the extension, declared here and nowhere else. Items that hold a
// secret are also listed in lib/secrets/token-locations.ts, which clears them on sign-out.
// `session:` areas are not readable by content scripts (Chrome's default access level).

/** The API token for this browser session only (default). */
export const sessionApiToken = storage.defineItem<string>('session:apiToken');
/** The API token when the user chose "remember on this device": AES-GCM sealed, key in IndexedDB. */
export const sealedApiToken = storage.defineItem<SealedSecret>('local:sealedApiToken');
/** The short-lived bearer (one hour), never persisted to disk. */
export const sessionBearer = storage.defineItem<Bearer>('session:bearer');

/** Settings, parsed with `Settings` (lib/settings.ts) on every read. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });
/** The team's policy (lib/policy.ts), parsed on every read. */
export const policyItem = storage.defineItem<unknown>('local:policy', { version: 1 });
/** Accepted risks (lib/rules/acceptances.ts), each parsed on read. */
export const acceptancesItem = storage.defineItem<unknown>('local:acceptances', { version: 1 });
/** The review in progress: decisions per finding, and the changes applied (with their undo). */
export const decisionsItem = storage.defineItem<unknown>('local:decisions', { version: 1 });
export const changesItem = storage.defineItem<unknown>('local:changes', { version: 1 });
/** The review's summary and top findings (lib/rules/digest.ts), for the popup's first paint. */
export const digestItem = storage.defineItem<unknown>('local:reviewDigest', { version: 1 });
/** The last scan's state, for the popup while a scan runs or after it failed. */
export const scanStateItem = storage.defineItem<unknown>('session:scanState');

/**
 * Large records live in the extension's IndexedDB (lib/storage/idb.ts, store `data`), not here:
 * the last AccessSnapshot, the event records per app, the completed reviews. Pages learn that
 * they changed through `digestItem`, rewritten after each of them.
 */
export const RECORDS = { snapshot: 'snapshot', activity: 'activity', history: 'history' } as const;

// `local:storageLayout`: which layout of these the stored data follows (lib/storage/migrate.ts).
