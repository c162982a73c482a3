import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A rescan reads an app's events again when its record is over 20 hours old. While it does, the
// usage findings the last scan made stay in view, marked provisional, instead of vanishing
// until the read ends (lib/scan/scan-details.ts folds the stored record up front).

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog')] },
  collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'eve@acme.example')],
};

function heldShop(hold: { on: boolean }): ScanClient {
  const { client } = fakeClient(account);
  return {
    ...client,
    events: (api, id, page, per, signal) =>
      hold.on && id === 'id-shop' ? new Promise<never>(() => undefined) : client.events(api, id, page, per, signal),
  };
}

describe('a rescan re-reading an app', () => {
  it('keeps its usage findings in view, provisional, until the read ends', async () => {
    const hold = { on: false };
    let at = Date.parse('2026-11-20T10:00:00Z');
    const { deps, state } = memoryDeps(() => heldShop(hold));
    deps.now = () => new Date(at);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: true });
    await service.idle();
    const usage = (r: Awaited<ReturnType<typeof service.handle<{ type: 'getReview' }>>>) =>
      (r?.findings ?? []).filter((f) => f.rule === 'no-activity' && f.app?.name === 'shop');
    expect(usage(await service.handle({ type: 'getReview' }))).toHaveLength(1);

    hold.on = true;
    at += 25 * 3_600_000;
    void service.handle({ type: 'scan', force: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-shop']), { timeout: 5000 });
    const during = usage(await service.handle({ type: 'getReview' }));
    expect(during).toHaveLength(1);
    expect(during[0]!.provisional).toBe(true);
  });
});
