import type { BackgroundRequest, Responses, Status } from '../messages/protocol';
import { ScalingoApiError } from '../scalingo/errors';
import { IDLE } from '../scan/scan-state';
import type { HandlerDeps, ServiceDeps } from './deps';
import { overlayHandlers } from './overlay-handlers';
import { expireReadings, pageHandlers, viewedSnapshot } from './page-handlers';
import { refuseTrustedWriteFromPages } from './page-only-guard';
import { reviewHandlers } from './review-handlers';
import { ownTokenHandler } from './own-token-handler';
import { accessHandler } from './access-handler';
import { changeHandlers } from './change-handlers';
import { forgettingPlan } from './plan-invalidation';
import { decideManyHandler } from './decide-many';
import { historyHandlers } from './history-handlers';
import { transferHandlers } from './transfer-handlers';
import { findingIds, notifyAfterScheduled, resumeNotifying } from './new-urgent';
import { saveSettings } from './settings-handler';
import { reviewSession } from './review-session';
import { scanRunner } from './scan-runner';
import { latestOnly } from './latest-only';
import { resumeScan } from './resume-scan';
import { Generation, guarded } from './generation';
import { serialStore, stampedStore, type Store } from './store';

// What the background worker does for each request. Pure of `browser.*`: storage, the token
// vault and the API client are passed in, so tests give it fakes or the mock Scalingo.

// Its dependencies are declared in deps.ts (the handlers import them from there, not from here).
export type { HandlerDeps, ServiceDeps };

type Handlers = {
  [K in BackgroundRequest['type']]: (req: Extract<BackgroundRequest, { type: K }>) => Promise<Responses[K]>;
};

export function createService(given: ServiceDeps) {
  const queue = serialStore(given.store);
  const generation = new Generation();
  const now = given.now ?? (() => new Date());
  let parts = build();

  /**
   * The handlers of one generation: their store, clients and vault refuse every write once a
   * forget or a sign-out has come (lib/background/generation.ts); the plan previewed goes too.
   */
  function build() {
    const stamp = generation.current;
    const deps: HandlerDeps = {
      ...given,
      store: stampedStore(queue, generation, stamp),
      vault: {
        ...given.vault,
        save: async (token, remember) => (generation.check(stamp), given.vault.save(token, remember)),
      },
      makeClient: (token, authUrl, opts) => guarded(given.makeClient(token, authUrl, opts), generation, stamp),
      makeWriter: (token, authUrl) => guarded(given.makeWriter(token, authUrl), generation, stamp),
    };
    const reviews = reviewHandlers(deps, now);
    const scans = scanRunner(deps, now, latestOnly(reviews.publish)); // reviewed in turn, the latest winning
    const session = reviewSession(deps, now, reviews.current, reviews.publish);
    // After writes the snapshot is out of date: rescan (cheap, incremental) to show the new roles.
    const rescan = () =>
      void deps.vault.get().then((token) => {
        if (token) void scans.start(token).catch(() => undefined);
      });
    const changes = changeHandlers(deps, session, now, rescan);
    return {
      deps,
      reviews,
      scans,
      handlers: forgettingPlan(changes.forgetPlan, {
        ...reviews.handlers,
        ...session.handlers,
        ...decideManyHandler(deps, now, reviews.current, reviews.publish),
        ...changes.handlers,
        ...historyHandlers(deps),
        ...transferHandlers(deps, now, reviews.publish),
        ...overlayHandlers(deps, now, reviews.withSnapshot, scans),
        ...pageHandlers(deps, now, reviews.publish),
        ...ownTokenHandler(deps),
        ...accessHandler(deps),
      }),
    };
  }

  /**
   * Sign-out and forget: stop the work under way first (no more calls, no more writes), then
   * clear the token, then run `clear` alone over the store; work asked for meanwhile is stopped too.
   */
  async function endGeneration(clear: (store: Store) => Promise<void>): Promise<void> {
    const old = parts;
    generation.bump();
    try {
      old.scans.cancel();
      await given.vault.clearAll();
      await queue.exclusive(clear);
    } finally {
      // Even when clearing failed: the handlers of the new generation may write.
      generation.bump();
      parts = build();
    }
  }

  async function status(): Promise<Status> {
    const { deps, reviews } = parts;
    const [token, scan, digest, notices, settings] = await Promise.all([
      deps.vault.get(),
      deps.store.getScanState(),
      deps.store.getDigest(),
      deps.store.getNotices(),
      deps.store.getSettings(),
    ]);
    // The digest is rewritten with every snapshot (and cleared with it): no rule runs and no
    // snapshot is read to answer a status. Without one (an older install), it is made now.
    const current =
      digest ?? ((await deps.store.getSnapshot()) ? (await reviews.publish(), await deps.store.getDigest()) : null);
    return {
      connected: token !== null,
      account: current?.account ?? null,
      scan,
      summary: current?.summary ?? null,
      top: current?.top ?? [],
      notices,
      pageOnly: settings.pageOnly && token === null, // as pageOnlyActive
      source: current?.source ?? 'api',
      pages: current?.pages ?? [],
      leftOut: current?.leftOut ?? [],
      people: current?.people ?? [],
    };
  }

  async function tokenOrThrow(): Promise<string> {
    const token = await parts.deps.vault.get();
    if (!token) throw new ScalingoApiError('unauthorized', 'Not connected: paste an API token in the settings.');
    return token;
  }

  const own: Pick<
    Handlers,
    | 'connect'
    | 'disconnect'
    | 'forgetEverything'
    | 'getStatus'
    | 'getSnapshot'
    | 'scan'
    | 'cancelScan'
    | 'getSettings'
    | 'saveSettings'
  > = {
    async connect({ token, remember }) {
      const { deps, scans, reviews } = parts;
      const settings = await deps.store.getSettings();
      // Validate before storing: a token that cannot be exchanged is never kept.
      const user = await deps.makeClient(token, settings.authUrl, { ephemeral: true }).self();
      // A scan still running on the previous token must not write after this point.
      scans.cancel();
      await scans.idle();
      await deps.vault.save(token, remember);
      await deps.store.setPageSnapshot(null); // the API is the source now: what pages showed goes
      // Another account's results must not mix with this one's.
      if ((await deps.store.getSnapshot())?.me.id !== user.id) {
        await deps.store.setSnapshot(null);
        await deps.store.setActivity(null);
        await deps.store.setDecisions([]);
        await deps.store.setChanges([]);
        await reviews.publish();
      }
      // A new token: which one is the extension's is told again (a mark was about the last one).
      // The user chose the token path: page-only mode ends (turned on again by hand only).
      await deps.store.update('settings', (s) => ({
        ...s,
        rememberToken: remember,
        extensionTokenId: null,
        pageOnly: false,
      }));
      void scans.start(token).catch(() => undefined);
      return status();
    },
    async disconnect() {
      await endGeneration(async (store) => {
        await store.setSnapshot(null);
        await store.setActivity(null);
        await store.setScanState(IDLE);
      });
      await parts.reviews.publish();
      return status();
    },
    async forgetEverything() {
      await endGeneration(async (store) => {
        await store.clearAll();
        await store.setDigest(null); // pages showing the review are told
      });
      given.onReview?.(null);
      given.onScheduleChange?.(await parts.deps.store.getSettings());
      return status();
    },
    getStatus: () => status(),
    getSnapshot: () => viewedSnapshot(parts.deps),
    async scan({ force }) {
      void parts.scans.start(await tokenOrThrow(), force).catch(() => undefined);
      return status();
    },
    async cancelScan() {
      parts.scans.cancel();
      await parts.scans.idle();
      return status();
    },
    getSettings: () => parts.deps.store.getSettings(),
    saveSettings: ({ settings }) =>
      saveSettings(settings, {
        store: () => parts.deps.store,
        publish: () => parts.reviews.publish(),
        given,
        disconnect: () => own.disconnect({ type: 'disconnect' }),
      }),
  };

  return {
    handle<T extends BackgroundRequest>(req: T): Promise<Responses[T['type']]> {
      const handlers = { ...parts.handlers, ...own };
      const handler = handlers[req.type] as (r: T) => Promise<Responses[T['type']]>;
      const guard = refuseTrustedWriteFromPages(parts.deps, req);
      return guard ? guard.then(() => handler(req)) : handler(req);
    },
    /** The scheduled scan: silently nothing when not connected; a new P1 or P2 notifies (when on). */
    async scheduledScan(): Promise<void> {
      const { deps, scans, reviews } = parts;
      const token = await deps.vault.get();
      if (!token) return;
      // Joining a scan already under way (the user's own): a manual scan never notifies.
      if ((await deps.store.getScanState()).phase === 'running') return void (await scans.start(token));
      // The findings before it go with its publications: a resumed rest notifies (new-urgent.ts).
      const before = (await deps.store.getSnapshot()) ? await findingIds(reviews.current()) : undefined;
      await scans.start(token, false, before);
      if (before) await notifyAfterScheduled(deps, before, await reviews.current());
    },
    /** Re-computes the review and tells `onReview` (at the worker's start), expired page readings gone. */
    refreshReview: async () => (await expireReadings(parts.deps, now()), parts.reviews.publish()),
    /** On the hourly alarm: page readings past the look-back window go, and the views are told. */
    expirePageReadings: async () => void ((await expireReadings(parts.deps, now())) && (await parts.reviews.publish())),
    /** At the worker's start: a scan cut short goes on from its last publication (resume-scan.ts). */
    resumeScan: () => {
      const { deps, scans, reviews } = parts;
      return resumeNotifying(deps, () => resumeScan(deps, now, scans.start, reviews.publish), reviews.current);
    },
    /** Waits for a scan in progress (tests). */
    idle: () => parts.scans.idle(),
  };
}
export type Service = ReturnType<typeof createService>;
