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

export { RECORDS, type RecordKey } from './records';
