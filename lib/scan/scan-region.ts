import type { ScalingoClient } from '../scalingo/client';
import type { Collaborator, Region } from '../scalingo/schemas';
import { collaboratorAssignment, ownerAssignment, toSnapshotApp } from './assignments';
import type { ScanContext } from './scan-context';
import type { AccessSnapshot, Assignment, SnapshotApp } from './snapshot';

// One region: one `/v1/apps`, one `/v1/collaborators` for every app I own, and per-app
// collaborator lists only for the apps I collaborate on without owning them.

export type RegionClient = Pick<ScalingoClient, 'apps' | 'ownedAppsCollaborators' | 'appCollaborators'>;

export interface RegionResult {
  apps: SnapshotApp[];
  assignments: Assignment[];
}

export async function scanRegion(
  client: RegionClient,
  region: Region,
  me: AccessSnapshot['me'],
  ctx: ScanContext,
): Promise<RegionResult> {
  const { progress } = ctx;
  const fail = (e: unknown, app?: string) => ctx.fail(e, region.name, app);
  let rawApps;
  try {
    rawApps = await client.apps(region.api);
  } catch (e) {
    fail(e);
    return { apps: [], assignments: [] };
  } finally {
    progress.step();
  }
  const apps = rawApps.map((a) => toSnapshotApp(a, region.name, me));
  const assignments = apps.map((a) => ownerAssignment(a, me.tfa, me.id));
  const owned = apps.filter((a) => a.ownedByMe);
  const others = apps.filter((a) => !a.ownedByMe);
  progress.plan(others.length - (owned.length > 0 ? 0 : 1));

  const ownedPart = owned.length === 0
    ? Promise.resolve()
    : client.ownedAppsCollaborators(region.api).then(
        (all) => owned.forEach((app) => assignments.push(...forApp(app, all))),
        (e: unknown) => fail(e),
      ).finally(() => progress.step());
  const otherParts = others.map((app) =>
    client.appCollaborators(region.api, app.name).then(
      (list) => void assignments.push(...forApp(app, list)),
      (e: unknown) => fail(e, app.name),
    ).finally(() => progress.step()),
  );
  await Promise.all([ownedPart, ...otherParts]);
  return { apps, assignments };
}

function forApp(app: SnapshotApp, collaborators: Collaborator[]): Assignment[] {
  // `/v1/collaborators` mixes every owned app: rows name their app by id (or name).
  const belongs = (c: Collaborator) => (c.app_id ? c.app_id === app.id : !c.app_name || c.app_name === app.name);
  return collaborators.filter(belongs).map((c) => collaboratorAssignment(app, c));
}
