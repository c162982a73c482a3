import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// Issue 14, item 3: a cancel keeps the partial snapshot. While one publication is being stored,
// the next one waits its turn (lib/background/scan-publisher.ts): a cancel then must keep that
// latest one, not drop it and keep the older one being written.

const names = ['shop', 'blog', 'api'];
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: names.map((n) => collaborator(n, `${n}-dev@acme.example`)),
};

/** `shop`'s reads answer; the others' wait until the scan is stopped. */
function onlyShop(calls: string[]): ScanClient {
  const { client } = fakeClient(account);
  const wait = (signal?: AbortSignal) =>
    new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error)));
  return {
    ...client,
    events: (api, appId, page, perPage, signal) => {
      calls.push(`events ${appId}`);
      return appId === 'id-shop' ? client.events(api, appId, page, perPage, signal) : wait(signal);
    },
  };
}

describe('a cancel while a publication waits to be stored', () => {
  it('keeps the latest publication, marked cancelled, with the app read meanwhile', async () => {
    const calls: string[] = [];
    const { deps, state } = memoryDeps(() => onlyShop(calls));
    // The first publication's write is slow: the next one waits behind it.
    let release = () => undefined as void;
    const slow = new Promise<void>((r) => (release = r));
    const written: AccessSnapshot[] = [];
    const setSnapshot = deps.store.setSnapshot;
    deps.store.setSnapshot = async (s) => {
      if (s?.partial && written.length === 0) {
        written.push(s);
        await slow;
      }
      return setSnapshot(s);
    };
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]!.partial?.pending).toHaveLength(3);
    await vi.waitFor(() => expect(calls).toContain('events id-shop'));
    await new Promise((r) => setTimeout(r, 20)); // shop's reads folded in: its publication waits
    const cancelled = service.handle({ type: 'cancelScan' });
    release();
    await cancelled;
    expect(state.scan.phase).toBe('cancelled');
    expect(state.snapshot?.partial).toMatchObject({ pending: ['osc-fr1/id-blog', 'osc-fr1/id-api'], cancelled: true });
    expect(state.snapshot?.assignments.find((a) => a.email === 'shop-dev@acme.example')?.activity).not.toBeNull();
    expect(state.activity['osc-fr1/id-shop']).toBeDefined(); // its records stored with it
  });
});
