import type { Request, Responses, Status } from '../messages/protocol';
import { ScalingoApiError } from '../scalingo/errors';
import type { ScanClient } from '../scan/scan-account';
import { IDLE } from '../scan/scan-state';
import { authUrlRefusal, parseSettings, type Settings } from '../settings';
import type { WriteClient } from '../changes/apply';
import type { ReviewSummary } from '../rules/summary';
import { overlayHandlers } from './overlay-handlers';
import { reviewHandlers } from './review-handlers';
import { changeHandlers } from './change-handlers';
import { reviewSession } from './review-session';
import { scanRunner } from './scan-runner';
import { serialStore, type SerialStore, type Store } from './store';

// What the background worker does for each request. Pure of `browser.*`: storage, the token
// vault and the API client are passed in, so tests give it fakes or the mock Scalingo.

export interface ServiceDeps {
  vault: { get(): Promise<string | null>; save(token: string, remember: boolean): Promise<void>; clearAll(): Promise<void> };
  makeClient(token: string, authUrl: string, opts: { ephemeral: boolean; signal?: AbortSignal }): ScanClient;
  store: Store;
  /** A client for writes (role changes, removals, invitations), made only when changes are on. */
  makeWriter(token: string, authUrl: string): WriteClient;
  now?: () => Date;
  /** Told when the schedule setting changes (the background re-arms its alarm). */
  onScheduleChange?: (settings: Settings) => void;
  /** Told when the review changes (after a scan, a policy change, an accepted risk): the toolbar badge. */
  onReview?: (summary: ReviewSummary | null) => void;
  /** The browser's interface language (the overlay speaks it when the setting is "auto"). */
  uiLanguage?: () => string;
  /** Opens one of the extension's pages in a new tab (the overlay's "open the review"). */
  openPage?: (path: string) => Promise<void>;
}

/** What the handlers get: the same, with every write of the store going through one queue. */
export interface HandlerDeps extends Omit<ServiceDeps, 'store'> {
  store: SerialStore;
}

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<Responses[K]> };

export function createService(given: ServiceDeps) {
  const deps: HandlerDeps = { ...given, store: serialStore(given.store) };
  const now = deps.now ?? (() => new Date());
  const reviews = reviewHandlers(deps, now);
  const scans = scanRunner(deps, now, () => void reviews.publish());
  const session = reviewSession(deps, now, reviews.current, reviews.publish);
  // After writes the snapshot is out of date: rescan (cheap, incremental) to show the new roles.
  const rescan = () =>
    void deps.vault.get().then((token) => {
      if (token) void scans.start(token);
    });
  const changes = changeHandlers(deps, session, now, rescan);

  async function status(): Promise<Status> {
    const [token, scan, digest, notices] = await Promise.all([deps.vault.get(), deps.store.getScanState(), deps.store.getDigest(), deps.store.getNotices()]);
    // The digest is rewritten with every snapshot (and cleared with it): no rule runs and no
    // snapshot is read to answer a status. Without one (an older install), it is made now.
    const current = digest ?? ((await deps.store.getSnapshot()) ? (await reviews.publish(), await deps.store.getDigest()) : null);
    return { connected: token !== null, account: current?.account ?? null, scan, summary: current?.summary ?? null, top: current?.top ?? [], notices };
  }

  async function tokenOrThrow(): Promise<string> {
    const token = await deps.vault.get();
    if (!token) throw new ScalingoApiError('unauthorized', 'Not connected: paste an API token in the settings.');
    return token;
  }

  const handlers: Handlers = {
    ...reviews.handlers,
    ...session.handlers,
    ...changes,
    ...overlayHandlers(deps, now, reviews.withSnapshot, scans),
    async connect({ token, remember }) {
      const settings = await deps.store.getSettings();
      // Validate before storing: a token that cannot be exchanged is never kept.
      const user = await deps.makeClient(token, settings.authUrl, { ephemeral: true }).self();
      // A scan still running on the previous token must not write after this point.
      scans.cancel();
      await scans.idle();
      await deps.vault.save(token, remember);
      // Another account's results must not mix with this one's.
      if ((await deps.store.getSnapshot())?.me.id !== user.id) {
        await deps.store.setSnapshot(null);
        await deps.store.setActivity(null);
        await deps.store.setDecisions([]);
        await deps.store.setChanges([]);
        await reviews.publish();
      }
      await deps.store.update('settings', (s) => ({ ...s, rememberToken: remember }));
      void scans.start(token);
      return status();
    },
    async disconnect() {
      scans.cancel();
      await scans.idle();
      await deps.vault.clearAll();
      await deps.store.setSnapshot(null);
      await deps.store.setActivity(null);
      await deps.store.setScanState(IDLE);
      await reviews.publish();
      return status();
    },
    async forgetEverything() {
      scans.cancel();
      await scans.idle();
      await deps.vault.clearAll();
      await deps.store.clearAll();
      await deps.store.setDigest(null); // pages showing the review are told
      deps.onReview?.(null);
      deps.onScheduleChange?.(await deps.store.getSettings());
      return status();
    },
    getStatus: () => status(),
    getSnapshot: () => deps.store.getSnapshot(),
    async scan({ force }) {
      void scans.start(await tokenOrThrow(), force);
      return status();
    },
    async cancelScan() {
      scans.cancel();
      await scans.idle();
      return status();
    },
    getSettings: () => deps.store.getSettings(),
    async saveSettings({ settings }) {
      const refusal = 'authUrl' in settings ? authUrlRefusal(settings.authUrl) : null;
      if (refusal) throw new ScalingoApiError('invalid', refusal);
      const before = await deps.store.getSettings();
      // A token entered for one auth service is never sent to another: a new one asks for it again.
      if (parseSettings({ ...before, ...settings }).authUrl !== before.authUrl) await handlers.disconnect({ type: 'disconnect' });
      const next = await deps.store.update('settings', (current) => parseSettings({ ...current, ...settings }));
      deps.onScheduleChange?.(next);
      return next;
    },
  };

  return {
    handle<T extends Request>(req: T): Promise<Responses[T['type']]> {
      const handler = handlers[req.type] as (r: T) => Promise<Responses[T['type']]>;
      return handler(req);
    },
    /** The scheduled scan: silently nothing when not connected. */
    async scheduledScan(): Promise<void> {
      const token = await deps.vault.get();
      if (token) await scans.start(token);
    },
    /** Re-computes the review and tells `onReview` (at the worker's start). */
    refreshReview: () => reviews.publish(),
    /** Waits for a scan in progress (tests). */
    idle: () => scans.idle(),
  };
}
export type Service = ReturnType<typeof createService>;
