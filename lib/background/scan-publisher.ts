import type { Publication } from '../scan/publication';
import type { AccessSnapshot } from '../scan/snapshot';
import type { SerialStore } from './store';

// Stores the publications of a running scan (lib/scan/publication.ts), each followed by the
// review's update (the digest: popup, badge, review page and overlay). The event records are
// written before the snapshot: a worker killed between the two finds records a resume reuses,
// never a snapshot counting on records that are not stored. Writes do not pile up: while one
// is stored, only the latest publication waits for its turn. The review is told the very
// snapshot stored, so it re-computes only what changed since the last (lib/engine/incremental.ts).
// A scan that ends drops the publication waiting (its result follows); a cancelled one stores
// it first (`close(true)`), so the snapshot it keeps is the latest it handed out.

export function scanPublisher(store: SerialStore, onSnapshot: (stored?: AccessSnapshot) => void) {
  let waiting: Publication | null = null;
  let writing: Promise<void> | null = null;
  let stored: AccessSnapshot | null = null;
  let closed = false;
  let flushing = false;

  async function loop(): Promise<void> {
    while (waiting && (!closed || flushing)) {
      const p = waiting;
      waiting = null;
      const ok = await store
        .exclusive(async (s) => {
          await s.setActivity(p.activity);
          await s.setSnapshot(p.snapshot);
        })
        .then(
          () => true,
          () => false, // refused (a forget came) or storage failing: the final write tells
        );
      if (!ok) continue;
      stored = p.snapshot;
      onSnapshot(p.snapshot);
    }
    writing = null;
  }

  return {
    offer(p: Publication): void {
      if (closed) return;
      waiting = p;
      writing ??= loop();
    },
    /**
     * Stops taking publications; resolves once the one being written is stored. `keepWaiting`:
     * the one waiting its turn is stored too (a cancel keeps the latest), else it is dropped.
     */
    async close(keepWaiting = false): Promise<void> {
      closed = true;
      flushing = keepWaiting;
      if (!keepWaiting) waiting = null;
      while (writing) await writing;
    },
    /** The last publication stored, if any. */
    stored: () => stored,
  };
}
