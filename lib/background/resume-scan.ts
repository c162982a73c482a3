import { markCancelled, resumable } from '../scan/publication';
import type { HandlerDeps } from './deps';

// At the worker's start, a scan cut short goes on from its last stored publication. The stored
// publication says so, not the scan state: that lives in session storage, which a closed browser
// wipes. One that cannot go on (too old, no token) is marked stopped, so no view says "still
// being read" for ever; a "Rescan everything" goes on as one.

export async function resumeScan(
  deps: HandlerDeps,
  now: () => Date,
  start: (token: string, force: boolean) => Promise<void>,
  publish: () => Promise<unknown>,
): Promise<void> {
  const [token, state, snapshot] = await Promise.all([
    deps.vault.get(),
    deps.store.getScanState(),
    deps.store.getSnapshot(),
  ]);
  const force = snapshot?.partial?.force === true;
  if (token && (state.phase === 'running' || resumable(snapshot, now()))) return start(token, force);
  if (!snapshot?.partial || snapshot.partial.cancelled) return;
  await deps.store.setSnapshot(markCancelled(snapshot));
  await publish();
}
