import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// The background's side of publications (lib/background/scan-publisher.ts): a scan stopped by
// the user keeps what it read, marked partial and cancelled; a worker that stopped mid-scan
// goes on from the stored publication, reading only the apps still pending.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog')] },
  collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'eve@acme.example')],
};

/** The fake account, whose reads of `blog` wait until the scan is stopped (`hold`) or let through. */
function slowBlog(calls: string[], hold: { on: boolean }): ScanClient {
  const { client } = fakeClient(account);
  const wait = (signal?: AbortSignal) =>
    new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error)));
  return {
    ...client,
    events: (api, appId, page, perPage, signal) => {
      calls.push(`events ${appId}`);
      return hold.on && appId === 'id-blog' ? wait(signal) : client.events(api, appId, page, perPage, signal);
    },
    scmRepoLink: (api, name) => (calls.push(`link ${name}`), client.scmRepoLink(api, name)),
    apps: (api) => (calls.push('apps'), client.apps(api)),
  };
}

describe('a scan that does not finish', () => {
  it('cancelled: keeps the apps read so far, marked partial and cancelled; the popup says so', async () => {
    const calls: string[] = [];
    const { deps, state } = memoryDeps(() => slowBlog(calls, { on: true }));
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-blog']));
    await service.handle({ type: 'cancelScan' });
    expect(state.scan.phase).toBe('cancelled');
    expect(state.snapshot?.partial).toMatchObject({ pending: ['osc-fr1/id-blog'], cancelled: true });
    expect(state.snapshot?.assignments.find((a) => a.email === 'bob@acme.example')?.activity).not.toBeNull();
    const status = await service.handle({ type: 'getStatus' });
    expect(status.account?.reading).toEqual({ apps: 1, stopped: true });
  });

  it('left running by a stopped worker: the next start reads only the pending app', async () => {
    const calls: string[] = [];
    const hold = { on: true };
    const { deps, state } = memoryDeps(() => slowBlog(calls, hold));
    const first = createService(deps);
    await first.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-blog']));
    // The worker stops: its scan never ends, the stored scan state still says running.
    expect(state.scan.phase).toBe('running');
    hold.on = false;
    calls.length = 0;
    const next = createService(deps);
    await next.resumeScan();
    expect(calls).toEqual(['events id-blog']); // no list, no read of shop
    expect(state.snapshot?.partial).toBeUndefined();
    expect(state.scan.phase).toBe('done');
    expect(state.snapshot?.assignments.find((a) => a.email === 'eve@acme.example')?.activity).not.toBeNull();
  });
});
