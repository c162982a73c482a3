import type { AppActivity } from '../activity/app-activity';
import type { Assignment, SnapshotApp } from './snapshot';

// Which apps' events a scan fetches, and which stored ones it reuses as they are. Events
// matter only where they can change a finding: apps with someone other than the owner
// (accepted or invited). A stored record is reused without a request while it is recent and
// the app's collaborators have not changed; otherwise it is refreshed incrementally.

export interface EventsPolicy {
  lookBackDays: number;
  /** Reuse an app's stored events for this long when nothing changed on it. */
  refreshHours: number;
  /** Refresh every app's events whatever their age (the "Rescan everything" button). */
  force: boolean;
}

export const DEFAULT_EVENTS_POLICY: EventsPolicy = { lookBackDays: 90, refreshHours: 20, force: false };

export const activityKey = (region: string, appId: string) => `${region}/${appId}`;

export function collaboratorsKey(assignments: Assignment[]): string {
  return assignments
    .filter((a) => a.role !== 'owner')
    .map((a) => `${a.collaboratorId}:${a.role}:${a.status}`)
    .sort()
    .join(',');
}

export const needsEvents = (assignments: Assignment[]) =>
  assignments.some((a) => a.role !== 'owner' && (a.status === 'accepted' || a.status === 'pending'));

export interface EventsTask {
  app: SnapshotApp;
  key: string;
  collaboratorsKey: string;
  /** The stored record: the base for an incremental fetch, or reused as it is when `fetch` is false. */
  previous: AppActivity | null;
  fetch: boolean;
}

export function planEvents(
  apps: SnapshotApp[],
  assignments: Assignment[],
  stored: Record<string, AppActivity>,
  policy: EventsPolicy,
  now: number,
): EventsTask[] {
  const windowStart = now - policy.lookBackDays * 86_400_000;
  const tasks: EventsTask[] = [];
  for (const app of apps) {
    const mine = assignments.filter((a) => a.appId === app.id);
    if (!needsEvents(mine)) continue;
    const key = activityKey(app.region, app.id);
    const collabKey = collaboratorsKey(mine);
    const found = stored[key];
    // Only a complete record can be extended; a partial one is fetched again from the top.
    const previous = found && found.coveredSince !== null && found.coveredSince <= windowStart ? found : null;
    const recent = previous !== null && now - Date.parse(previous.fetchedAt) < policy.refreshHours * 3_600_000;
    const fetch = policy.force || !recent || previous.collaboratorsKey !== collabKey;
    tasks.push({ app, key, collaboratorsKey: collabKey, previous, fetch });
  }
  return tasks;
}
