import type { AccessSnapshot, SnapshotApp } from '../scan/snapshot';

// Whether this scan read an app's collaborators. A failed region, a failed app or an app closed
// to the caller's role (lib/scan/scan-region.ts, carry-over.ts) leaves its list empty or as last
// read: comparing another app against it would report everyone "missing" with false certainty.

// A failed SCM link read (`part: 'scm'`, lib/scan/scan-scm.ts) comes after the people were read.

/** True when no error of the snapshot names the app or its region, but for its SCM link alone. */
export function peopleRead(snapshot: AccessSnapshot, app: SnapshotApp): boolean {
  return !snapshot.errors.some(
    (e) =>
      (e.scope === 'region' && e.region === app.region) ||
      (e.scope === 'app' && e.part !== 'scm' && e.app === app.name && (!e.region || e.region === app.region)),
  );
}
