import type { ActivitySummary } from '../../../lib/activity/summary';
import { parsePolicy, type Policy } from '../../../lib/policy';
import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from '../../../lib/scan/snapshot';

// Small snapshots for the rule tests: an owner "me" at acme.example, apps by name, people by
// (app, e-mail), activity summaries in a line.

export const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY).toISOString();
export const me = { id: 'us-me', email: 'me@acme.example', username: 'me', tfa: true as boolean | null };

export function app(name: string, over: Partial<SnapshotApp> = {}): SnapshotApp {
  return {
    id: `id-${name}`,
    name,
    region: 'osc-fr1',
    owner: { id: me.id, email: me.email, username: me.username },
    ownedByMe: true,
    hds: false,
    secnum: false,
    parentAppName: null,
    createdAt: daysAgo(400),
    activityAsOf: NOW.toISOString(),
    scmLinker: null,
    ...over,
  };
}

export function activity(over: Partial<ActivitySummary> & { full?: Record<string, number> } = {}): ActivitySummary {
  const { full = {}, ...rest } = over;
  const count = Object.values(full).reduce((a, b) => a + b, 0);
  return {
    since: daysAgo(90),
    asOf: NOW.toISOString(),
    complete: true,
    actions: 5 + count,
    lastAt: daysAgo(3),
    fullOnly: { count, lastAt: count > 0 ? daysAgo(4) : null, types: full },
    managed: [],
    ...rest,
  };
}

export function person(appName: string, email: string, over: Partial<Assignment> = {}): Assignment {
  return {
    appId: `id-${appName}`,
    region: 'osc-fr1',
    collaboratorId: `c-${appName}-${email}`,
    userId: `us-${email}`,
    email,
    username: email.split('@')[0]!,
    role: 'collaborator',
    status: 'accepted',
    tfa: true,
    invitedAt: null,
    invitedAtSource: null,
    activity: activity(),
    ...over,
  };
}

export function owner(a: SnapshotApp): Assignment {
  return person(a.name, a.owner.email, {
    appId: a.id,
    role: 'owner',
    status: 'owner',
    collaboratorId: null,
    userId: a.owner.id,
    activity: null,
  });
}

export function snapshot(
  apps: SnapshotApp[],
  people: Assignment[],
  over: Partial<AccessSnapshot> = {},
): AccessSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    scannedAt: NOW.toISOString(),
    lookBackDays: 90,
    cost: { requests: 0, http429: 0 },
    me: { ...me },
    regions: [{ name: 'osc-fr1', displayName: 'osc-fr1', api: 'https://api.osc-fr1.scalingo.com' }],
    apps,
    assignments: [...apps.map(owner), ...people],
    errors: [],
    ...over,
  };
}

export const policy = (over: Partial<Policy> = {}): Policy => parsePolicy(over);
