import { isApiError, ScalingoApiError } from '../scalingo/errors';
import type { ScalingoClient } from '../scalingo/client';
import type { App, Collaborator, Region } from '../scalingo/schemas';
import { collaboratorAssignment, ownerAssignment, toSnapshotApp } from './assignments';
import { matchRows, uniqueRows } from './match-rows';
import type { ScanContext } from './scan-context';
import type { AccessSnapshot, Assignment, SnapshotApp } from './snapshot';

// One region: one `/v1/apps`, one `/v1/collaborators` for every app I own, and per-app
// collaborator lists only for the apps I collaborate on without owning them. Where
// `/v1/collaborators` does not exist (404: it was documented only in 2024), the apps I own are
// read one by one too.

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
  const fail = (e: unknown, app?: SnapshotApp) => ctx.fail(e, region.name, app?.name, app?.ownedByMe);
  let rawApps: App[];
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

  const add = (app: SnapshotApp, rows: readonly Collaborator[]) =>
    assignments.push(...rows.map((c) => collaboratorAssignment(app, c)));
  const onePerApp = (list: SnapshotApp[]) =>
    list.map((app) =>
      client
        .appCollaborators(region.api, app.name)
        .then(
          (rows) => add(app, uniqueRows(rows)),
          (e: unknown) => fail(e, app),
        )
        .finally(() => progress.step()),
    );
  const ownedPart = async () => {
    if (owned.length === 0) return;
    try {
      const rows = await client.ownedAppsCollaborators(region.api);
      // Matched against every app of the region: a row of an app I only collaborate on is that
      // app's own list's business, not an unknown app.
      const { byApp, unmatched } = matchRows(rawApps, rows);
      for (const app of owned) add(app, byApp.get(app.id) ?? []);
      if (unmatched.length > 0)
        fail(
          new ScalingoApiError(
            'unexpected',
            `${unmatched.length} collaborator rows matched no app you own (${names(unmatched)}): those people are left out`,
          ),
        );
    } catch (e) {
      if (!(isApiError(e) && e.kind === 'not_found')) return fail(e);
      progress.plan(owned.length);
      await Promise.all(onePerApp(owned));
    } finally {
      progress.step();
    }
  };
  await Promise.all([ownedPart(), ...onePerApp(others)]);
  return { apps, assignments };
}

/** The apps the rows name, as they name them (a few, for the message). */
function names(rows: Collaborator[]): string {
  const named = [...new Set(rows.map((r) => (r.app_name || r.app_id || r.app_uuid || 'no app named').slice(0, 60)))];
  return named.slice(0, 3).join(', ') + (named.length > 3 ? ', …' : '');
}
