import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, revoked, type FakeAccount } from '../helpers';

// A token revoked during a first scan: what was read becomes the snapshot, and it says which
// apps were never read (marked stopped), rather than passing for a complete scan.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog')] },
  collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'eve@acme.example')],
};

function revokedAtEvents(): ScanClient {
  const { client } = fakeClient(account, { events: revoked() });
  return client;
}

describe('a token revoked during a first scan', () => {
  it('stores what was read, marked partial and stopped, the unread apps named', async () => {
    const { deps, state } = memoryDeps(() => revokedAtEvents());
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    expect(state.scan.phase).toBe('failed');
    expect(state.snapshot?.apps.map((a) => a.name)).toEqual(['shop', 'blog']);
    expect(state.snapshot?.partial).toMatchObject({ cancelled: true });
    expect([...(state.snapshot?.partial?.pending ?? [])].sort()).toEqual(['osc-fr1/id-blog', 'osc-fr1/id-shop']);
    const status = await service.handle({ type: 'getStatus' });
    expect(status.account?.reading).toEqual({ apps: 2, stopped: true });
  });
});
