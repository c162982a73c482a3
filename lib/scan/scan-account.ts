import type { AppActivity } from '../activity/app-activity';
import type { ScalingoClient } from '../scalingo/client';
import { carryOver, throwIfNothingRead, type Previous } from './carry-over';
import { DEFAULT_EVENTS_POLICY, type EventsPolicy } from './events-plan';
import type { ScanProgress } from './progress';
import { ScanContext } from './scan-context';
import { scanEvents } from './scan-events';
import { scanRegion } from './scan-region';
import { applyScmLinks, scanScmLinks } from './scan-scm';
import { scanApiTokens } from './scan-tokens';
import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from './snapshot';

// The scan's request plan (docs/architecture.md "Scan"): who am I, my 2FA and the regions; per region
// one `/v1/apps` and one `/v1/collaborators` for the apps I own (per-app lists only for apps I
// do not own); then events only for the apps where they can change a finding, incrementally.
// Every request goes through the client's limiter; regions and apps run side by side.

export type ScanClient = Pick<
  ScalingoClient,
  | 'self'
  | 'ownTfaEnabled'
  | 'regions'
  | 'apps'
  | 'ownedAppsCollaborators'
  | 'appCollaborators'
  | 'events'
  | 'scmRepoLink'
  | 'apiTokens'
> & { stats?: { requests: number; http429: number } };

export interface ScanOptions {
  now?: () => Date;
  /** Event records kept from earlier scans, by `region/appId`. */
  activity?: Record<string, AppActivity>;
  policy?: Partial<EventsPolicy>;
  onProgress?: (p: ScanProgress) => void;
  signal?: AbortSignal;
  /**
   * Who the token belongs to and its regions, from the previous snapshot of the same token:
   * reused while younger than the refresh period (a token's owner never changes; regions
   * hardly ever), so a warm rescan skips two requests. Own 2FA is always read again. With the
   * previous apps and people, a part that fails now keeps what was read before (carry-over.ts).
   */
  known?: Pick<AccessSnapshot, 'me' | 'regions' | 'scannedAt' | 'apiTokens'> & Previous;
  /** Only these regions' apps (the command line's --region); the snapshot still lists every region. */
  onlyRegions?: readonly string[];
}

export interface ScanResult {
  snapshot: AccessSnapshot;
  /** Event records to keep for the next scan (those fetched now and those reused). */
  activity: Record<string, AppActivity>;
  /** Why the scan stopped early (revoked token), if it did: the snapshot is then partial. */
  stoppedBy: AccessSnapshot['errors'][number] | null;
}

/** Throws only when not even the account could be read (bad token, Scalingo unreachable) or on cancel. */
export async function scanAccount(client: ScanClient, opts: ScanOptions = {}): Promise<ScanResult> {
  const now = opts.now ?? (() => new Date());
  const policy = { ...DEFAULT_EVENTS_POLICY, ...opts.policy };
  const ctx = new ScanContext(opts.onProgress, opts.signal);
  const before = { requests: client.stats?.requests ?? 0, http429: client.stats?.http429 ?? 0 };

  const reuse =
    opts.known && !policy.force && now().getTime() - Date.parse(opts.known.scannedAt) < policy.refreshHours * 3_600_000;
  ctx.progress.enter('account', reuse ? 2 : 4);
  const step = <T>(p: Promise<T>) => p.finally(() => ctx.progress.step());
  const [user, tfa, regions, apiTokens] = await Promise.all([
    reuse ? opts.known!.me : step(client.self()),
    step(client.ownTfaEnabled()).catch((e: unknown) => {
      ctx.fail(e);
      if (ctx.fatal) throw e; // a revoked token: the caller forgets it
      return opts.known?.me.tfa ?? null; // as last read
    }),
    reuse
      ? opts.known!.regions.map((r) => ({ name: r.name, display_name: r.displayName, api: r.api }))
      : step(client.regions()),
    scanApiTokens(client, opts.known?.apiTokens, ctx),
  ]);
  const me = { id: user.id, email: user.email, username: user.username, tfa };
  const snapshotRegions = regions.map((r) => ({ name: r.name, displayName: r.display_name ?? r.name, api: r.api }));

  const scanned = opts.onlyRegions ? regions.filter((r) => opts.onlyRegions!.includes(r.name)) : regions;
  ctx.progress.enter('apps', 2 * scanned.length);
  const perRegion = await Promise.all(scanned.map((r) => scanRegion(client, r, me, ctx)));
  const apps: SnapshotApp[] = perRegion.flatMap((r) => r.apps);
  const assignments: Assignment[] = perRegion.flatMap((r) => r.assignments);
  if (!ctx.stopped) throwIfNothingRead(scanned, apps, ctx.errors);

  // Events and SCM links side by side: the links apply after the events, and win over them.
  const scm = {
    apps,
    assignments,
    regions: snapshotRegions,
    previous: opts.known?.apps,
    refreshHours: policy.refreshHours,
    force: policy.force,
    now: now(),
  };
  const [activity] = ctx.stopped
    ? [{ ...opts.activity }]
    : await Promise.all([
        scanEvents(
          client,
          { apps, assignments, regions: snapshotRegions, stored: opts.activity ?? {}, policy, now: now() },
          ctx,
        ),
        scanScmLinks(client, scm, ctx),
      ]);
  if (opts.signal?.aborted) throw opts.signal.reason;
  applyScmLinks(apps);
  // Event records of the regions left out are kept for the next scan that includes them.
  for (const [key, record] of Object.entries(opts.activity ?? {}))
    if (!scanned.some((r) => r.name === record.region)) activity[key] ??= record;
  // After the events: apps carried over from the last scan keep their activity as last read.
  if (opts.known?.me.id === me.id) {
    const before = new Set(apps.map((a) => a.id));
    carryOver(opts.known, ctx.errors, apps, assignments);
    for (const app of apps) {
      const key = `${app.region}/${app.id}`;
      if (!before.has(app.id) && opts.activity?.[key]) activity[key] = opts.activity[key];
    }
  }
  sortAssignments(apps, assignments);

  const snapshot: AccessSnapshot = {
    version: SNAPSHOT_VERSION,
    scannedAt: now().toISOString(),
    lookBackDays: policy.lookBackDays,
    cost: {
      requests: (client.stats?.requests ?? 0) - before.requests,
      http429: (client.stats?.http429 ?? 0) - before.http429,
    },
    me,
    regions: snapshotRegions,
    apps,
    assignments,
    errors: ctx.errors,
    ...(apiTokens && { apiTokens }),
  };
  return { snapshot, activity, stoppedBy: ctx.fatal };
}

/** Concurrency must not change the output: apps in API order, the owner first, then by e-mail. */
function sortAssignments(apps: SnapshotApp[], assignments: Assignment[]): void {
  const order = new Map(apps.map((a, i) => [a.id, i]));
  assignments.sort(
    (a, b) =>
      (order.get(a.appId) ?? 0) - (order.get(b.appId) ?? 0) ||
      Number(b.role === 'owner') - Number(a.role === 'owner') ||
      a.email.localeCompare(b.email),
  );
}
