// Whether this start of the background is the extension's first install, for the storage
// upgrade (lib/storage/migrate.ts): a fresh install has no old layout to bring up to date and
// must not read storage.local, where a content script injected into a dashboard tab already
// open at install (Firefox injects into such tabs) may have planted "trusted" records.
// Only runtime.onInstalled tells an install from an update, and it comes as an event after
// the background's first run, so the upgrade waits for the verdict:
//  - onInstalled with reason 'install': a fresh install;
//  - onInstalled with another reason ('update', a browser update), or onStartup: not one;
//  - neither within FALLBACK_MS (a restarted background with an unfinished upgrade): not one,
//    so an owner's stored data is upgraded rather than lost.
// The upgrade asks only when no layout is recorded, so a normal start never waits.

export const FALLBACK_MS = 3_000;

export interface InstallEvents {
  onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
  onStartup: { addListener(listener: () => void): void };
}

/** Listens at once (call it at the background's top level); the answer is settled by the first event. */
export function installVerdict(events: InstallEvents, fallbackMs = FALLBACK_MS): () => Promise<boolean> {
  let settle: (fresh: boolean) => void = () => undefined;
  const verdict = new Promise<boolean>((ok) => (settle = ok));
  events.onInstalled.addListener((details) => settle(details.reason === 'install'));
  events.onStartup.addListener(() => settle(false));
  const timer = setTimeout(() => settle(false), fallbackMs);
  void verdict.then(() => clearTimeout(timer));
  return () => verdict;
}
