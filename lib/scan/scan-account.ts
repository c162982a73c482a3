import type { AppActivity } from '../activity/app-activity';
import type { ScalingoClient } from '../scalingo/client';
import { carryOver, throwIfNothingRead, type Previous } from './carry-over';
import { DEFAULT_EVENTS_POLICY, type EventsPolicy } from './events-plan';
import type { ScanProgress } from './progress';
import { appKey, type Publication } from './publication';
import { publishPace } from './publish-pace';
import type { WantedApp } from './read-order';
import { ScanContext } from './scan-context';
import { planDetails, runDetails, type DetailsInput } from './scan-details';
import { scanRegion } from './scan-region';
import type { AppPatterns } from './scan-scm';
import { scanApiTokens } from './scan-tokens';
import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from './snapshot';

// The scan's request plan (docs/scan.md): who am I, my 2FA and the regions; per region
// one `/v1/apps` and one `/v1/collaborators` for the apps I own (per-app lists only for apps I
// do not own); then events only for the apps where they can change a finding, incrementally.
// Every request goes through the client's limiter; regions and apps run side by side. What is
// known is published as it comes (publication.ts): first the lists, then as apps come in (publish-pace.ts).

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
  /** Which apps are production or sensitive (the rules policy's patterns): their SCM link is read even with no collaborator. */
  patterns?: AppPatterns;
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
  /** Told of each consistent snapshot while the scan reads (lib/scan/publication.ts). */
  onPublish?: (p: Publication) => void;
  /** The order of the apps' events and SCM reads, lower first, asked once per app (lib/scan/read-order.ts). */
  rank?: (app: SnapshotApp, full: boolean) => number;
  /** The apps the dashboard shows: read first, published as soon as read; asked at each pick. */
  wanted?: () => readonly WantedApp[];
  /** A stored publication to go on from (`resumable`): its lists are reused, only its pending apps are read. */
  resume?: AccessSnapshot;
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
  const resume = opts.resume ? structuredClone(opts.resume) : null;
  if (resume) ctx.errors.push(...resume.errors);
  const lists: Lists = resume ? { ...resume, scanned: [] } : await readLists(client, opts, policy, now, ctx);
  // A resume goes on from the lists it reuses: their age, and the requests they cost, are the first part's.
  const listsReadAt = resume?.partial?.listsReadAt ?? resume?.scannedAt ?? now().toISOString();
  const spent = resume?.cost ?? { requests: 0, http429: 0 };
  const { me, regions, apps, assignments } = lists;

  const pendingBefore = new Set(resume?.partial?.pending ?? []);
  const input: DetailsInput = {
    apps: resume ? apps.filter((a) => pendingBefore.has(appKey(a))) : apps,
    assignments,
    regions,
    stored: opts.activity ?? {},
    policy,
    now: now(),
    previous: resume ? resume.apps : opts.known?.apps,
    refreshHours: policy.refreshHours,
    force: policy.force,
    patterns: opts.patterns,
    rank: opts.rank,
    wanted: opts.wanted,
  };
  const plan = planDetails(input);
  // The API tokens (one request) are read beside the apps' details: no finding waits for them.
  let apiTokens = resume ? resume.apiTokens : opts.known?.apiTokens;
  // Until it is read, a list carried from the last scan makes the token findings provisional.
  const readTokens = !resume?.apiTokens || resume.partial?.tokensPending === true;
  let tokensPending = readTokens && apiTokens !== undefined;
  // A revoked token is recorded by the context (ctx.fatal) and stops the scan as in the details.
  const tokensRead = readTokens
    ? scanApiTokens(client, apiTokens, ctx).then(
        (t) => void ((apiTokens = t), (tokensPending = false)),
        () => undefined,
      )
    : Promise.resolve();
  const activity = resume ? { ...opts.activity, ...plan.activity } : plan.activity;
  if (!resume) keepOthers(opts, lists.scanned, me, ctx, { apps, assignments, activity });
  sortAssignments(apps, assignments);

  const snapshotNow = (): AccessSnapshot => ({
    version: SNAPSHOT_VERSION,
    scannedAt: now().toISOString(),
    lookBackDays: policy.lookBackDays,
    cost: {
      requests: spent.requests + (client.stats?.requests ?? 0) - before.requests,
      http429: spent.http429 + (client.stats?.http429 ?? 0) - before.http429,
    },
    me,
    regions,
    apps,
    assignments,
    errors: ctx.errors,
    ...(apiTokens && { apiTokens }),
  });
  const pending = new Set(plan.jobs.map((j) => appKey(j.app)));
  // Records are never changed once read: shared, not copied (a copy per app grows with the square of the account).
  const pace = publishPace({
    live: snapshotNow,
    activity: () => ({ ...opts.activity, ...activity }),
    pending,
    jobs: plan.jobs.length,
    partial: { listsReadAt, force: policy.force },
    tokensPending: () => tokensPending,
    emit: (p) => {
      if (!ctx.stopped) opts.onPublish?.(p);
    },
  });
  if (pending.size > 0 && opts.onPublish) pace.publish();
  input.onApp = (app, wanted) => {
    if (ctx.stopped) return; // its reads were cut by a revoked token: still to read
    pending.delete(appKey(app));
    if (opts.onPublish) pace.appDone(app, wanted);
  };
  if (!ctx.stopped) await runDetails(client, input, plan, ctx);
  await tokensRead;
  if (opts.signal?.aborted) {
    // Cancelled: the apps read since the last publication are published, so the one kept has them.
    const last = opts.onPublish && pace.flush();
    if (last) opts.onPublish!(last);
    throw opts.signal.reason;
  }
  // Stopped by a revoked token: every stored record is kept for the next scan, and the snapshot
  // names the apps it did not read, as a cancel's does.
  const partial = {
    pending: [...pending],
    cancelled: true,
    listsReadAt,
    force: policy.force,
    ...(tokensPending && { tokensPending: true }),
  };
  return {
    snapshot: ctx.stopped ? { ...snapshotNow(), partial } : snapshotNow(),
    activity: ctx.stopped ? { ...opts.activity, ...activity } : activity,
    stoppedBy: ctx.fatal,
  };
}

interface Lists extends Pick<AccessSnapshot, 'me' | 'regions' | 'apps' | 'assignments'> {
  /** The regions whose apps were read (all, or the command line's --region). */
  scanned: string[];
}

/** The account and, per region, the apps and their collaborator lists (everything but events and SCM links). */
async function readLists(
  client: ScanClient,
  opts: ScanOptions,
  policy: EventsPolicy,
  now: () => Date,
  ctx: ScanContext,
): Promise<Lists> {
  const reuse =
    opts.known && !policy.force && now().getTime() - Date.parse(opts.known.scannedAt) < policy.refreshHours * 3_600_000;
  ctx.progress.enter('account', reuse ? 1 : 3);
  const step = <T>(p: Promise<T>) => p.finally(() => ctx.progress.step());
  const [user, tfa, regions] = await Promise.all([
    reuse ? opts.known!.me : step(client.self()),
    step(client.ownTfaEnabled()).catch((e: unknown) => {
      ctx.fail(e);
      if (ctx.fatal) throw e; // a revoked token: the caller forgets it
      return opts.known?.me.tfa ?? null; // as last read
    }),
    reuse
      ? opts.known!.regions.map((r) => ({ name: r.name, display_name: r.displayName, api: r.api }))
      : step(client.regions()),
  ]);
  const me = { id: user.id, email: user.email, username: user.username, tfa };
  const snapshotRegions = regions.map((r) => ({ name: r.name, displayName: r.display_name ?? r.name, api: r.api }));

  const scanned = opts.onlyRegions ? regions.filter((r) => opts.onlyRegions!.includes(r.name)) : regions;
  ctx.progress.enter('apps', 2 * scanned.length);
  const perRegion = await Promise.all(scanned.map((r) => scanRegion(client, r, me, ctx)));
  const apps: SnapshotApp[] = perRegion.flatMap((r) => r.apps);
  const assignments: Assignment[] = perRegion.flatMap((r) => r.assignments);
  if (!ctx.stopped) throwIfNothingRead(scanned, apps, ctx.errors);
  return { me, regions: snapshotRegions, apps, assignments, scanned: scanned.map((r) => r.name) };
}

/**
 * What this scan does not read keeps what was read before: event records of the regions left
 * out, and the apps and people of the parts that failed (carry-over.ts), with their records.
 */
function keepOthers(
  opts: ScanOptions,
  scanned: string[],
  me: AccessSnapshot['me'],
  ctx: ScanContext,
  into: Pick<AccessSnapshot, 'apps' | 'assignments'> & { activity: Record<string, AppActivity> },
): void {
  const { apps, assignments, activity } = into;
  for (const [key, record] of Object.entries(opts.activity ?? {}))
    if (!scanned.includes(record.region)) activity[key] ??= record;
  if (opts.known?.me.id !== me.id) return;
  const present = new Set(apps.map((a) => a.id));
  carryOver(opts.known, ctx.errors, apps, assignments);
  for (const app of apps) {
    const key = `${app.region}/${app.id}`;
    if (!present.has(app.id) && opts.activity?.[key]) activity[key] = opts.activity[key];
  }
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
