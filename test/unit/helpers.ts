import type { ServiceDeps } from '../../lib/background/service';
import { ScalingoApiError } from '../../lib/scalingo/errors';
import type { AppActivity } from '../../lib/activity/app-activity';
import type { App, Collaborator, Event, Region, User } from '../../lib/scalingo/schemas';
import type { ScanClient } from '../../lib/scan/scan-account';
import { IDLE } from '../../lib/scan/scan-state';
import type { AccessSnapshot } from '../../lib/scan/snapshot';
import { parseSettings } from '../../lib/settings';
import { parsePolicy } from '../../lib/policy';
import type { Acceptance } from '../../lib/engine/acceptances';
import type { ChangeResult } from '../../lib/changes/plan-item';
import type { Decision } from '../../lib/review/decisions';
import type { HistoryEntry } from '../../lib/review/record';
import { historyRow } from '../../lib/review/history';
import type { ReviewDigest } from '../../lib/engine/digest';
import type { PageSnapshot } from '../../lib/pages/reading';

// Builders shared by the unit tests: small accounts, fake clients and in-memory stores.

export const me: User = { id: 'us-me', email: 'me@acme.example', username: 'me' };
export const region = (name: string): Region => ({ name, display_name: name, api: `https://api.${name}.test` });

export function app(name: string, owner: { id: string; email: string } = me, regionName = 'osc-fr1'): App {
  return { id: `id-${name}`, name, owner: { ...owner, username: owner.email.split('@')[0] }, region: regionName };
}

export function collaborator(appName: string, email: string, over: Partial<Collaborator> = {}): Collaborator {
  return {
    id: `c-${appName}-${email}`,
    email,
    user_id: `us-${email}`,
    username: email.split('@')[0],
    tfa_status: true,
    status: 'accepted',
    is_limited: false,
    app_id: `id-${appName}`,
    app_name: appName,
    ...over,
  };
}

export interface FakeAccount {
  regions: Region[];
  apps: Record<string, App[]>; // by region name
  collaborators: Collaborator[];
  tfa?: boolean;
  /** Events by app id, newest first, served in pages like Scalingo's. */
  events?: Record<string, Event[]>;
  /** Who linked each app's repository, by app name (absent: no link, a 404). */
  scmLinkers?: Record<string, { id: string; email: string; username: string }>;
  /** The account's API tokens as `GET /v1/tokens` lists them (absent: none). */
  apiTokens?: Array<{ id: string; name: string; created_at: string; last_used_at: string | null }>;
}

/** A client over an in-memory account; `fail` makes chosen calls throw. */
export function fakeClient(account: FakeAccount, fail: Partial<Record<keyof ScanClient, ScalingoApiError>> = {}) {
  const calls: string[] = [];
  const apiRegion = (api: string) => account.regions.find((r) => r.api === api)!.name;
  const guard = <T>(name: keyof ScanClient, value: () => T): Promise<T> => {
    calls.push(name);
    return fail[name] ? Promise.reject(fail[name]) : Promise.resolve(value());
  };
  const client: ScanClient = {
    self: () => guard('self', () => me),
    ownTfaEnabled: () => guard('ownTfaEnabled', () => account.tfa ?? true),
    regions: () => guard('regions', () => account.regions),
    apps: (api) => guard('apps', () => account.apps[apiRegion(api)] ?? []),
    ownedAppsCollaborators: (api) =>
      guard('ownedAppsCollaborators', () => {
        const owned = (account.apps[apiRegion(api)] ?? []).filter((a) => a.owner.id === me.id).map((a) => a.id);
        return account.collaborators.filter((c) => owned.includes(c.app_id!));
      }),
    appCollaborators: (_api, name) =>
      guard('appCollaborators', () => account.collaborators.filter((c) => c.app_name === name)),
    apiTokens: () => guard('apiTokens', () => ({ tokens: account.apiTokens ?? [], skipped: 0 })),
    scmRepoLink: (_api, name) =>
      guard('scmRepoLink', () => (account.scmLinkers?.[name] ? { linker: account.scmLinkers[name] } : null)),
    events: (_api, appId, page, perPage) =>
      guard('events', () => {
        const all = account.events?.[appId] ?? [];
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const pagination = {
          current_page: page,
          next_page: page < last ? page + 1 : null,
          prev_page: page > 1 ? page - 1 : null,
        };
        return { events: all.slice((page - 1) * perPage, page * perPage), meta: { pagination } };
      }),
  };
  return { client, calls };
}

export const revoked = () => new ScalingoApiError('unauthorized', 'Token invalid or revoked');

export function memoryDeps(
  makeClient: ServiceDeps['makeClient'],
  makeWriter: ServiceDeps['makeWriter'] = () => {
    throw new Error('no writer in this test');
  },
) {
  const fresh = () => ({
    token: null as string | null,
    snapshot: null as AccessSnapshot | null,
    scan: IDLE,
    settings: parseSettings({}),
    activity: {} as Record<string, AppActivity>,
    policy: parsePolicy({}),
    acceptances: [] as Acceptance[],
    decisions: [] as Decision[],
    changes: [] as ChangeResult[],
    history: [] as HistoryEntry[],
    digest: null as ReviewDigest | null,
    pages: null as PageSnapshot | null,
    notices: [] as string[],
  });
  const state = fresh();
  const deps: ServiceDeps = {
    vault: {
      get: async () => state.token,
      save: async (t) => void (state.token = t),
      clearAll: async () => void (state.token = null),
    },
    makeClient,
    makeWriter,
    store: {
      getSnapshot: async () => state.snapshot,
      setSnapshot: async (s) => void (state.snapshot = s),
      getScanState: async () => state.scan,
      setScanState: async (s) => void (state.scan = s),
      getActivity: async () => state.activity,
      setActivity: async (a) => void (state.activity = a ?? {}),
      // A fresh parse at each read, as the browser's store does (lib/background/browser-store.ts).
      getPolicy: async () => parsePolicy(state.policy),
      setPolicy: async (p) => void (state.policy = p),
      getAcceptances: async () => state.acceptances,
      setAcceptances: async (a) => void (state.acceptances = a),
      getDecisions: async () => state.decisions,
      setDecisions: async (d) => void (state.decisions = d),
      getChanges: async () => state.changes,
      setChanges: async (c) => void (state.changes = c),
      getHistory: async () => state.history,
      getHistoryRows: async () => state.history.map(historyRow),
      getHistoryEntry: async (id) => state.history.find((h) => h.id === id) ?? null,
      addHistory: async (h, recorded) => {
        state.history = [...state.history, ...h];
        if (!recorded) return;
        state.decisions = state.decisions.filter((d) => !recorded.decisions.includes(d));
        state.changes = state.changes.filter((c) => !recorded.changes.includes(c));
      },
      getDigest: async () => state.digest,
      setDigest: async (d) => void (state.digest = d),
      getPageSnapshot: async () => state.pages,
      setPageSnapshot: async (p) => void (state.pages = p),
      getSettings: async () => state.settings,
      setSettings: async (s) => void (state.settings = s),
      getNotices: async () => state.notices,
      async clearAll() {
        Object.assign(state, { ...fresh(), token: state.token });
      },
    },
  };
  return { deps, state };
}
