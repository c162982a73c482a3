import type { ScalingoClient } from '../scalingo/client';
import { isApiError, toErrorPayload } from '../scalingo/errors';
import type { Collaborator, Region } from '../scalingo/schemas';
import { collaboratorAssignment, ownerAssignment, toSnapshotApp } from './assignments';
import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type ScanError, type SnapshotApp } from './snapshot';

// The scan's request plan (DESIGN.md "Scan"): who am I and the regions, then per region one
// `/v1/apps` and one `/v1/collaborators` covering every app I own; per-app collaborator lists
// only for the apps I collaborate on without owning them.

export type ScanClient = Pick<
  ScalingoClient,
  'self' | 'ownTfaEnabled' | 'regions' | 'apps' | 'ownedAppsCollaborators' | 'appCollaborators'
>;

export async function scanAccount(client: ScanClient, now: () => Date = () => new Date()): Promise<AccessSnapshot> {
  const user = await client.self();
  const errors: ScanError[] = [];
  const tfa = await client.ownTfaEnabled().catch((e: unknown) => {
    if (isApiError(e) && e.kind === 'unauthorized') throw e;
    errors.push({ scope: 'account', ...toErrorPayload(e) });
    return null;
  });
  const regions = await client.regions();
  const me = { id: user.id, email: user.email, username: user.username, tfa };
  const apps: SnapshotApp[] = [];
  const assignments: Assignment[] = [];
  for (const region of regions) {
    const found = await scanRegion(client, region, me, errors);
    apps.push(...found.apps);
    assignments.push(...found.assignments);
  }
  return {
    version: SNAPSHOT_VERSION,
    scannedAt: now().toISOString(),
    me,
    regions: regions.map((r) => ({ name: r.name, displayName: r.display_name ?? r.name, api: r.api })),
    apps,
    assignments,
    errors,
  };
}

async function scanRegion(
  client: ScanClient,
  region: Region,
  me: AccessSnapshot['me'],
  errors: ScanError[],
): Promise<{ apps: SnapshotApp[]; assignments: Assignment[] }> {
  const fail = (e: unknown, app?: string) => {
    // A revoked token ends the scan; anything else is recorded and the scan goes on.
    if (isApiError(e) && e.kind === 'unauthorized') throw e;
    errors.push({ scope: app ? 'app' : 'region', region: region.name, app, ...toErrorPayload(e) });
  };
  let rawApps;
  try {
    rawApps = await client.apps(region.api);
  } catch (e) {
    fail(e);
    return { apps: [], assignments: [] };
  }
  const apps = rawApps.map((a) => toSnapshotApp(a, region.name, me));
  const assignments = apps.map((a) => ownerAssignment(a, me.tfa, me.id));

  const owned = apps.filter((a) => a.ownedByMe);
  if (owned.length > 0) {
    try {
      const all = await client.ownedAppsCollaborators(region.api);
      for (const app of owned) assignments.push(...forApp(app, all));
    } catch (e) {
      fail(e);
    }
  }
  for (const app of apps.filter((a) => !a.ownedByMe)) {
    try {
      assignments.push(...forApp(app, await client.appCollaborators(region.api, app.name)));
    } catch (e) {
      fail(e, app.name);
    }
  }
  return { apps, assignments };
}

function forApp(app: SnapshotApp, collaborators: Collaborator[]): Assignment[] {
  // `/v1/collaborators` mixes every owned app: rows name their app by id (or name).
  const belongs = (c: Collaborator) => (c.app_id ? c.app_id === app.id : !c.app_name || c.app_name === app.name);
  return collaborators.filter(belongs).map((c) => collaboratorAssignment(app, c));
}
