import { readSnapshot } from '../scan/snapshot-migrate';
import type { AccessSnapshot } from '../scan/snapshot';
import { RECORDS } from '../storage/records';
import type { idb } from '../storage/idb';

// The stored snapshot weighs megabytes: reading it back from IndexedDB and parsing it cost the
// worker more than a hundred milliseconds, on every opening of the review page (its asks each
// need it) — most of the review table's first render with 5,000 findings (issue #19). Each
// snapshot is written with a new stamp, in the same transaction; a read first reads the stamp
// alone (a few bytes) and, while it is the one of the snapshot parsed last, answers with that
// snapshot. The stored record stays the truth: any other stamp, or none (a snapshot written
// before stamps, or by hand), reads and parses the snapshot again. Callers never change it.
// A write keeps the very snapshot written, with its stamp: a running scan's publication is
// then read back as the object the review was computed on, so the views asking after each
// publication reuse that review (review-handlers.ts) instead of parsing megabytes again and
// running every rule on new objects (issue 14).

type Records = Pick<ReturnType<typeof idb>, 'get' | 'getMany' | 'putAll' | 'deleteAll'>;

export function snapshotReader(data: Records) {
  let kept: { stamp: string; snapshot: AccessSnapshot | null } | null = null;
  // Reads in flight together share one (the page's opening asks arrive at once).
  let inFlight: Promise<AccessSnapshot | null> | null = null;

  async function readStored(): Promise<AccessSnapshot | null> {
    const stamp = await data.get(RECORDS.snapshotStamp);
    if (typeof stamp === 'string' && kept?.stamp === stamp) return kept.snapshot;
    const [stampNow, raw] = await data.getMany([RECORDS.snapshotStamp, RECORDS.snapshot]);
    const snapshot = readSnapshot(raw);
    kept = typeof stampNow === 'string' ? { stamp: stampNow, snapshot } : null;
    return snapshot;
  }

  return {
    read(): Promise<AccessSnapshot | null> {
      if (!inFlight) {
        const read = readStored().finally(() => inFlight === read && (inFlight = null));
        inFlight = read;
      }
      return inFlight;
    },
    write(s: AccessSnapshot | null): Promise<void> {
      kept = null;
      inFlight = null;
      if (!s) return data.deleteAll([RECORDS.snapshot, RECORDS.snapshotStamp]);
      const stamp = crypto.randomUUID();
      // Not flushed to disk before "done" (a scan publishes often), as before the stamp. Kept
      // once stored; a later write's stamp (or another writer's) makes a read parse again.
      return data
        .putAll({ [RECORDS.snapshot]: s, [RECORDS.snapshotStamp]: stamp }, [], 'default')
        .then(() => void (kept = { stamp, snapshot: s }));
    },
  };
}
