import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { IDLE } from '../../../lib/scan/scan-state';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A scan's publications are stored (IndexedDB) so that a scan cut short goes on from them. The
// scan state lives in session storage, which a closed browser wipes: the stored publication,
// not that state, says whether there is a scan to go on with (lib/background/service.ts).

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog')] },
  collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'eve@acme.example')],
};

/** The fake account counting its requests (`stats`), `blog`'s events held while `hold.on`. */
function client(calls: string[], hold: { on: boolean }): ScanClient {
  const { client: fake } = fakeClient(account);
  const stats = { requests: 0, http429: 0 };
  const count =
    <A extends unknown[], R>(name: string, f: (...a: A) => Promise<R>) =>
    (...a: A): Promise<R> => {
      stats.requests++;
      calls.push(typeof a[1] === 'string' ? `${name} ${a[1]}` : name);
      return f(...a);
    };
  const never = () => new Promise<never>(() => undefined);
  return {
    ...fake,
    stats,
    self: count('self', fake.self),
    ownTfaEnabled: count('tfa', fake.ownTfaEnabled),
    regions: count('regions', fake.regions),
    apps: count('apps', fake.apps),
    ownedAppsCollaborators: count('collaborators', fake.ownedAppsCollaborators),
    appCollaborators: count('appCollaborators', fake.appCollaborators),
    apiTokens: count('tokens', fake.apiTokens),
    scmRepoLink: count('link', fake.scmRepoLink),
    events: count('events', (api: string, id: string, page: number, per: number, signal?: AbortSignal) =>
      hold.on && id === 'id-blog' ? never() : fake.events(api, id, page, per, signal),
    ),
  };
}

const T0 = Date.parse('2026-11-20T10:00:00Z');

/** A scan left at its first publication by a browser that closed: the stored snapshot, the session state gone. */
async function closedMidScan(force: boolean, minutesLater: number) {
  const calls: string[] = [];
  // "Rescan everything" follows a finished scan; a plain first scan is held at once.
  const hold = { on: !force };
  let at = T0;
  const { deps, state } = memoryDeps(() => client(calls, hold));
  deps.now = () => new Date(at);
  const first = createService(deps);
  await first.handle({ type: 'connect', token: 'tk-us-good', remember: true });
  if (force) {
    await first.idle();
    hold.on = true;
    await first.handle({ type: 'scan', force: true });
  }
  await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-blog']), { timeout: 5000 });
  const firstPart = state.snapshot!.cost.requests;
  state.scan = IDLE; // the browser closed: session storage is empty at the next start
  hold.on = false;
  calls.length = 0;
  at = T0 + minutesLater * 60_000;
  return { deps, state, calls, firstPart, next: createService(deps) };
}

const comparable = (s: AccessSnapshot | null) => s && { ...s, scannedAt: null, cost: null };

describe('a scan cut short by a closed browser', () => {
  it('goes on at the next start: no request for the complete app, the same snapshot as an uninterrupted scan', async () => {
    // At the same time as the uninterrupted scan, so that their dates match.
    const { state, calls, next, firstPart } = await closedMidScan(false, 0);
    await next.resumeScan();
    await next.idle();
    expect(calls).toEqual(['events id-blog']);
    expect(state.scan.phase).toBe('done');
    const whole = memoryDeps(() => client([], { on: false }));
    whole.deps.now = () => new Date(T0);
    const once = createService(whole.deps);
    await once.handle({ type: 'connect', token: 'tk-us-good', remember: true });
    await once.idle();
    expect(comparable(state.snapshot)).toEqual(comparable(whole.state.snapshot));
    // The resumed scan's cost adds the first part's (item 8).
    expect(state.snapshot!.cost.requests).toBe(firstPart + 1);
  });

  it('a "Rescan everything" cut short goes on as one: the pending app is read whole again', async () => {
    const { state, calls, next } = await closedMidScan(true, 5);
    expect(state.snapshot!.partial).toMatchObject({ force: true });
    await next.resumeScan();
    await next.idle();
    expect(calls.sort()).toEqual(['events id-blog', 'link blog']); // a plain resume reuses both (5 minutes old)
    expect(state.snapshot!.partial).toBeUndefined();
  });

  it('too old to go on with: marked stopped, so no view says "still being read" for ever', async () => {
    const { state, calls, next } = await closedMidScan(false, 90);
    await next.resumeScan();
    await next.idle();
    expect(calls).toEqual([]);
    expect(state.snapshot!.partial).toEqual(expect.objectContaining({ pending: ['osc-fr1/id-blog'], cancelled: true }));
    const status = await next.handle({ type: 'getStatus' });
    expect(status.account?.reading).toEqual({ apps: 1, stopped: true });
  });
});
