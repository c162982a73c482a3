import type { AppView, Request, Responses, Status } from '../messages/protocol';
import { isApiError, ScalingoApiError } from '../scalingo/errors';
import { scanAccount, type ScanClient } from '../scan/scan-account';
import { IDLE, type ScanState } from '../scan/scan-state';
import type { AccessSnapshot } from '../scan/snapshot';
import { parseSettings, type Settings } from '../settings';

// What the background worker does for each request. Pure of `browser.*`: storage, the token
// vault and the API client are passed in, so tests give it fakes or the mock Scalingo.

export interface ServiceDeps {
  vault: { get(): Promise<string | null>; save(token: string, remember: boolean): Promise<void>; clearAll(): Promise<void> };
  makeClient(token: string, authUrl: string, opts: { ephemeral: boolean }): ScanClient;
  store: {
    getSnapshot(): Promise<AccessSnapshot | null>;
    setSnapshot(s: AccessSnapshot | null): Promise<void>;
    getScanState(): Promise<ScanState>;
    setScanState(s: ScanState): Promise<void>;
    getSettings(): Promise<Settings>;
    setSettings(s: Settings): Promise<void>;
  };
  now?: () => Date;
}

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<Responses[K]> };

export function createService(deps: ServiceDeps) {
  const now = deps.now ?? (() => new Date());
  let running: Promise<void> | null = null;

  async function status(): Promise<Status> {
    const [token, snapshot, scan] = await Promise.all([deps.vault.get(), deps.store.getSnapshot(), deps.store.getScanState()]);
    return { connected: token !== null, snapshot, scan };
  }

  async function runScan(token: string): Promise<void> {
    const settings = await deps.store.getSettings();
    await deps.store.setScanState({ ...IDLE, phase: 'running', startedAt: now().toISOString() });
    try {
      const snapshot = await scanAccount(deps.makeClient(token, settings.authUrl, { ephemeral: false }), now);
      await deps.store.setSnapshot(snapshot);
      await deps.store.setScanState({ phase: 'done', startedAt: null, finishedAt: now().toISOString(), error: null });
    } catch (e) {
      // A failed scan keeps the previous snapshot. A revoked token is useless: forget it.
      if (isApiError(e) && e.kind === 'unauthorized') await deps.vault.clearAll();
      const error = isApiError(e) ? { kind: e.kind, message: e.message } : { kind: 'internal', message: String(e) };
      await deps.store.setScanState({ phase: 'failed', startedAt: null, finishedAt: now().toISOString(), error });
    }
  }

  function startScan(token: string): Promise<void> {
    running ??= runScan(token).finally(() => {
      running = null;
    });
    return running;
  }

  const handlers: Handlers = {
    async connect({ token, remember }) {
      const settings = await deps.store.getSettings();
      // Validate before storing: a token that cannot be exchanged is never kept.
      await deps.makeClient(token, settings.authUrl, { ephemeral: true }).self();
      await deps.vault.save(token, remember);
      await deps.store.setSettings({ ...settings, rememberToken: remember });
      void startScan(token);
      return status();
    },
    async disconnect() {
      await deps.vault.clearAll();
      await deps.store.setSnapshot(null);
      await deps.store.setScanState(IDLE);
      return status();
    },
    getStatus: () => status(),
    async scan() {
      const token = await deps.vault.get();
      if (!token) throw new ScalingoApiError('unauthorized', 'Not connected: paste an API token in the settings.');
      await startScan(token);
      return status();
    },
    getSettings: () => deps.store.getSettings(),
    async saveSettings({ settings }) {
      const next = parseSettings({ ...(await deps.store.getSettings()), ...settings });
      await deps.store.setSettings(next);
      return next;
    },
    async appView({ region, app }): Promise<AppView | null> {
      const snapshot = await deps.store.getSnapshot();
      const found = snapshot?.apps.find((a) => a.region === region && a.name === app);
      if (!snapshot || !found) return null;
      const { language } = await deps.store.getSettings();
      return { app: found, assignments: snapshot.assignments.filter((a) => a.appId === found.id), language };
    },
  };

  return {
    handle<T extends Request>(req: T): Promise<Responses[T['type']]> {
      const handler = handlers[req.type] as (r: T) => Promise<Responses[T['type']]>;
      return handler(req);
    },
    /** Waits for a scan in progress (tests and the scheduled scan). */
    idle: () => running ?? Promise.resolve(),
  };
}
export type Service = ReturnType<typeof createService>;
