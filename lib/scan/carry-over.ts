import { ScalingoApiError, type ApiErrorKind } from '../scalingo/errors';
import { isRoleLimit } from './role-limit';
import type { AccessSnapshot, Assignment, ScanError, SnapshotApp } from './snapshot';

// When part of a rescan fails (a region's apps, the collaborators of some apps), the new
// snapshot keeps what the previous scan read of that part, instead of showing those apps and
// people gone. The error stays recorded, so the views say which part is as last read.

export type Previous = Partial<Pick<AccessSnapshot, 'me' | 'apps' | 'assignments'>>;

const isCollaborator = (a: Assignment) => a.role !== 'owner';

/** Adds to `apps` and `assignments` (in place) the previous data of the parts that failed now. */
export function carryOver(
  previous: Previous | undefined,
  errors: ScanError[],
  apps: SnapshotApp[],
  assignments: Assignment[],
): void {
  if (!previous?.apps || !previous.assignments) return;
  const failedRegions = new Set(errors.filter((e) => e.scope === 'region').map((e) => e.region));
  // An app now closed to your role is left out, not shown as last read: roles there may have changed.
  const failedApps = new Set(
    errors.filter((e) => e.scope === 'app' && !isRoleLimit(e)).map((e) => `${e.region}/${e.app}`),
  );
  const present = new Set(apps.map((a) => a.id));
  const withPeople = new Set(assignments.filter(isCollaborator).map((a) => a.appId));
  const before = new Map<string, Assignment[]>();
  for (const a of previous.assignments) before.set(a.appId, [...(before.get(a.appId) ?? []), a]);

  // A region error with apps listed means the list was read (its collaborators failed): an app
  // missing from it was deleted, and must not come back.
  const listed = new Set(apps.map((a) => a.region));
  for (const app of previous.apps) {
    const failed = failedRegions.has(app.region) || failedApps.has(`${app.region}/${app.name}`);
    if (!failed) continue;
    if (!present.has(app.id) && failedRegions.has(app.region) && !listed.has(app.region)) {
      // The region's app list could not be read: the app and everyone on it, as last read.
      apps.push(app);
      assignments.push(...(before.get(app.id) ?? []));
    } else if (present.has(app.id) && !withPeople.has(app.id)) {
      // The app was listed but its collaborators could not be read.
      assignments.push(...(before.get(app.id) ?? []).filter(isCollaborator));
    }
  }
}

/** When no region at all could be read, the scan has nothing new: it fails and keeps the last snapshot. */
export function throwIfNothingRead(
  regions: readonly { name: string }[],
  apps: SnapshotApp[],
  errors: ScanError[],
): void {
  const failed = errors.filter((e) => e.scope === 'region');
  if (regions.length === 0 || apps.length > 0) return;
  if (!regions.every((r) => failed.some((e) => e.region === r.name))) return;
  throw new ScalingoApiError(failed[0]!.kind as ApiErrorKind, failed[0]!.message);
}
