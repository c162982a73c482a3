import { isApiError } from '../scalingo/errors';
import { markCancelled, resumable, type Publication } from '../scan/publication';
import { readOrder, wantedApps, type WantedApp } from '../scan/read-order';
import { scanAccount } from '../scan/scan-account';
import type { ScanState } from '../scan/scan-state';
import type { AccessSnapshot } from '../scan/snapshot';
import { amongApps } from './dashboard-tabs';
import { scanPublisher } from './scan-publisher';
import type { HandlerDeps } from './deps';

// Runs one scan for the service: one at a time, cancellable, progress written to the scan
// state as it goes (at most every 300 ms), events kept for the next scan. What the scan knows
// is stored as it comes (scan-publisher.ts), the apps open in the dashboard read first
// (lib/scan/read-order.ts); a scan whose worker was stopped goes on from its last publication.
// A cancel keeps that publication, marked cancelled. A scan that fails keeps the previous
// snapshot; one stopped by a revoked token keeps it too and stores what it fetched (events),
// or becomes the snapshot when there was none (marked partial and stopped, its unread apps named).

export function scanRunner(
  deps: HandlerDeps,
  now: () => Date,
  onSnapshot: (publication?: AccessSnapshot) => void = () => undefined,
) {
  const wanted = wantedApps();
  let running: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let writes: Promise<void> = Promise.resolve();
  const writeState = (s: ScanState) => (writes = writes.then(() => deps.store.setScanState(s)).catch(() => undefined));

  /** `notifyKnown`: a scheduled scan's findings before it, kept in its publications (new-urgent.ts). */
  async function run(token: string, force: boolean, notifyKnown?: string[]): Promise<void> {
    const settings = await deps.store.getSettings();
    controller = new AbortController();
    const signal = controller.signal;
    const base: ScanState = {
      phase: 'running',
      startedAt: now().toISOString(),
      finishedAt: null,
      error: null,
      progress: null,
    };
    await writeState(base);
    const finish = (s: Partial<ScanState>) =>
      writeState({ ...base, finishedAt: now().toISOString(), progress: null, ...s });
    let lastWrite = 0;
    const published = scanPublisher(deps.store, onSnapshot);
    const previous = await deps.store.getSnapshot();
    try {
      for (const app of (await deps.dashboardApps?.().catch(() => [])) ?? []) wanted.want(app);
      // A stored publication is gone on from, unless a "Rescan everything" is asked over a plain one;
      // a "Rescan everything" cut short goes on as one.
      const resume = resumable(previous, now()) && (!force || previous.partial?.force) ? previous : undefined;
      force ||= resume?.partial?.force === true;
      const policy = await deps.store.getPolicy();
      const result = await scanAccount(deps.makeClient(token, settings.authUrl, { ephemeral: false, signal }), {
        now,
        signal,
        activity: await deps.store.getActivity(),
        known: resume ? undefined : (previous ?? undefined),
        resume,
        rank: readOrder(policy),
        wanted: wanted.list,
        onPublish: (p) => published.offer(withKnown(p, notifyKnown ?? resume?.partial?.notifyKnown)),
        policy: { lookBackDays: policy.lookBackDays, force },
        patterns: policy,
        onProgress: (progress) => {
          if (Date.now() - lastWrite < 300 && progress.done < progress.total) return;
          lastWrite = Date.now();
          void writeState({ ...base, progress });
        },
      });
      await published.close();
      await deps.store.setActivity(result.activity);
      if (result.stoppedBy) {
        await deps.store.setSnapshot(previous ?? result.snapshot);
        onSnapshot();
        if (result.stoppedBy.kind === 'unauthorized') await deps.vault.clearAll();
        await finish({ phase: 'failed', error: { kind: result.stoppedBy.kind, message: result.stoppedBy.message } });
        return;
      }
      await deps.store.setSnapshot(result.snapshot);
      onSnapshot();
      await finish({ phase: 'done' });
    } catch (e) {
      await published.close(signal.aborted);
      const partial = published.stored();
      // Cancelled: what was read stays, marked so. Failed: the previous snapshot comes back.
      if (partial)
        await deps.store.setSnapshot(signal.aborted ? markCancelled(partial) : previous).then(
          () => onSnapshot(),
          () => undefined,
        );
      if (signal.aborted) return void (await finish({ phase: 'cancelled' }));
      // A revoked token is useless: forget it. The previous snapshot stays.
      if (isApiError(e) && e.kind === 'unauthorized') await deps.vault.clearAll();
      const error = isApiError(e) ? { kind: e.kind, message: e.message } : { kind: 'internal', message: String(e) };
      await finish({ phase: 'failed', error });
    } finally {
      controller = null;
    }
  }

  let runningForced = false;
  let forcedNext: Promise<void> | null = null;
  let cancels = 0; // a cancel also drops the forced scan waiting for its turn

  /** Starts a scan, or joins the one running; "rescan everything" during a plain one follows it. */
  function start(token: string, force = false, notifyKnown?: string[]): Promise<void> {
    if (running && force && !runningForced) {
      const asOf = cancels;
      forcedNext ??= running
        .catch(() => undefined)
        .then(() => {
          forcedNext = null;
          return asOf === cancels ? start(token, true) : undefined;
        });
      return forcedNext;
    }
    if (!running) {
      runningForced = force;
      running = run(token, force, notifyKnown).finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    start,
    /**
     * A dashboard page shows this app: its reads go first (only reorders the running scan), if
     * the browser says it is an active tab's or the most recently used dashboard tab's
     * (lib/background/dashboard-tabs.ts). A page in an older background tab waits its turn.
     */
    want(app: WantedApp): void {
      if (!deps.dashboardApps) return wanted.want(app);
      void deps
        .dashboardApps()
        .then((active) => amongApps(active, app) && wanted.want(app))
        .catch(() => undefined);
    },
    cancel(): void {
      cancels++;
      forcedNext = null; // dropped: a later "rescan everything" queues a new one
      controller?.abort(new DOMException('Scan cancelled', 'AbortError'));
    },
    idle: () => forcedNext ?? running ?? Promise.resolve(),
  };
}

/** The publication, telling a resumed scan which findings to compare with when it ends. */
const withKnown = (p: Publication, notifyKnown: string[] | undefined): Publication =>
  notifyKnown && p.snapshot.partial
    ? { ...p, snapshot: { ...p.snapshot, partial: { ...p.snapshot.partial, notifyKnown } } }
    : p;
