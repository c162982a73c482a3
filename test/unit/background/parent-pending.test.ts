import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A review app's age finding reads its parent's SCM link (does the parent delete stale review
// apps?): while the parent is still being read, that finding may change, so it is provisional
// even though the review app itself is complete (lib/engine/provisional.ts).

const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), { ...app('shop-pr1'), parent_app_name: 'shop', created_at: old }] },
  collaborators: [collaborator('shop-pr1', 'bob@acme.example')],
};

function heldParentLink(): ScanClient {
  const { client } = fakeClient(account);
  return {
    ...client,
    scmRepoLink: (api, name) => (name === 'shop' ? new Promise<never>(() => undefined) : client.scmRepoLink(api, name)),
  };
}

describe('a review app whose parent is still being read', () => {
  it('has its age finding marked provisional', async () => {
    const { deps, state } = memoryDeps(() => heldParentLink());
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-shop']), { timeout: 5000 });
    const review = await service.handle({ type: 'getReview' });
    const stale = (review?.findings ?? []).filter((f) => f.rule === 'review-app-stale');
    expect(stale.map((f) => [f.app?.name, f.provisional])).toEqual([['shop-pr1', true]]);
  });
});
