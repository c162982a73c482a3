import type { AppActivity } from '../activity/app-activity';
import { activityKey } from './events-plan';
import type { AccessSnapshot, SnapshotApp } from './snapshot';

// A scan publishes what it knows as it goes: once the collaborator lists are read (every finding
// that needs no events), then each time an app's events and SCM link are in. Each publication is
// a whole, consistent snapshot whose `partial.pending` lists the apps still being read; it is
// stored with the event records read so far, so that a worker killed mid-scan resumes from it
// (`resumable`) and a cancel keeps it, marked cancelled.

export interface Publication {
  snapshot: AccessSnapshot;
  /** The event records to store with it: those read or reused so far, and the older ones not yet replaced. */
  activity: Record<string, AppActivity>;
}

export const appKey = (app: Pick<SnapshotApp, 'region' | 'id'>) => activityKey(app.region, app.id);

/** The apps whose reads are all in. */
export function completeApps(snapshot: AccessSnapshot): SnapshotApp[] {
  const pending = new Set(snapshot.partial?.pending ?? []);
  return snapshot.apps.filter((a) => !pending.has(appKey(a)));
}

/** How many apps' activity is still being read (0 on a finished scan). */
export const pendingCount = (snapshot: Pick<AccessSnapshot, 'partial'> | null | undefined): number =>
  snapshot?.partial?.pending.length ?? 0;

/** A resume reuses the collaborator lists read before the worker stopped: only while they are this young. */
export const RESUME_WITHIN_MS = 3_600_000;

/** A publication the next start goes on from: not cancelled, apps left to read, its lists young enough. */
export function resumable(snapshot: AccessSnapshot | null, now: Date): snapshot is AccessSnapshot {
  const partial = snapshot?.partial;
  if (!snapshot || !partial || partial.cancelled || partial.pending.length === 0) return false;
  // From when the lists were read, not from the last publication (each one renews `scannedAt`).
  const age = now.getTime() - Date.parse(partial.listsReadAt ?? snapshot.scannedAt);
  return age >= 0 && age < RESUME_WITHIN_MS;
}

/** The same snapshot, marked as a scan stopped by the user (kept, its pending apps as they were). */
export const markCancelled = (snapshot: AccessSnapshot): AccessSnapshot =>
  snapshot.partial ? { ...snapshot, partial: { ...snapshot.partial, cancelled: true } } : snapshot;
