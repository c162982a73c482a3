import { isApiError } from '../scalingo/errors';
import { scanAccount } from '../scan/scan-account';
import type { ScanState } from '../scan/scan-state';
import type { ServiceDeps } from './deps';

// Runs one scan for the service: one at a time, cancellable, progress written to the scan
// state as it goes (at most every 300 ms), events kept for the next scan. A scan that fails
// keeps the previous snapshot; one stopped by a revoked token keeps it too and stores what it
// fetched (events), or becomes the snapshot when there was none.

export function scanRunner(deps: ServiceDeps, now: () => Date, onSnapshot: () => void = () => undefined) {
  let running: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let writes: Promise<void> = Promise.resolve();
  const writeState = (s: ScanState) => (writes = writes.then(() => deps.store.setScanState(s)).catch(() => undefined));

  async function run(token: string, force: boolean): Promise<void> {
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
    try {
      const previous = await deps.store.getSnapshot();
      const result = await scanAccount(deps.makeClient(token, settings.authUrl, { ephemeral: false, signal }), {
        now,
        signal,
        activity: await deps.store.getActivity(),
        known: previous ?? undefined,
        policy: { lookBackDays: (await deps.store.getPolicy()).lookBackDays, force },
        onProgress: (progress) => {
          if (Date.now() - lastWrite < 300 && progress.done < progress.total) return;
          lastWrite = Date.now();
          void writeState({ ...base, progress });
        },
      });
      await deps.store.setActivity(result.activity);
      if (result.stoppedBy) {
        if (!previous) await deps.store.setSnapshot(result.snapshot);
        onSnapshot();
        if (result.stoppedBy.kind === 'unauthorized') await deps.vault.clearAll();
        await finish({ phase: 'failed', error: { kind: result.stoppedBy.kind, message: result.stoppedBy.message } });
        return;
      }
      await deps.store.setSnapshot(result.snapshot);
      onSnapshot();
      await finish({ phase: 'done' });
    } catch (e) {
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
  function start(token: string, force = false): Promise<void> {
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
      running = run(token, force).finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    start,
    cancel(): void {
      cancels++;
      forcedNext = null; // dropped: a later "rescan everything" queues a new one
      controller?.abort(new DOMException('Scan cancelled', 'AbortError'));
    },
    idle: () => forcedNext ?? running ?? Promise.resolve(),
  };
}
