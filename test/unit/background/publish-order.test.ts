import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ReviewDigest } from '../../../lib/engine/digest';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A running scan's publications are reviewed one after another, the latest winning: a review
// that takes long must never put an older digest over a newer one (the popup would go back to
// "activity still being read for 3 apps" after saying 2).

const names = ['shop', 'blog', 'api'];
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: names.map((n) => collaborator(n, 'bob@acme.example')),
};

/** The fake account, `shop`'s events held until `open()`, the others' for ever. */
function heldEvents(): { client: ScanClient; open: () => void } {
  const { client } = fakeClient(account);
  let open = () => undefined as void;
  const shop = new Promise<void>((r) => (open = r));
  const never = new Promise<never>(() => undefined);
  const events: ScanClient['events'] = (...args) =>
    args[1] === 'id-shop' ? shop.then(() => client.events(...args)) : never;
  return { client: { ...client, events }, open: () => open() };
}

describe('the reviews of a running scan', () => {
  it('are written in the order of the publications, a slow one never over a later one', async () => {
    const held = heldEvents();
    const { deps, state } = memoryDeps(() => held.client);
    const written: number[] = [];
    let release = () => undefined as void;
    const slow = new Promise<void>((r) => (release = r));
    let first = true;
    const { getAcceptances, setDigest } = deps.store;
    deps.store.getAcceptances = async () => {
      // The first publication's review waits: a slow storage read.
      if (state.snapshot?.partial && first) {
        first = false;
        await slow;
      }
      return getAcceptances();
    };
    deps.store.setDigest = async (d: ReviewDigest | null) => {
      if (d?.account?.reading) written.push(d.account.reading.apps);
      return setDigest(d);
    };
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toHaveLength(3), { timeout: 5000 });
    held.open();
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toHaveLength(2), { timeout: 5000 });
    release();
    await vi.waitFor(() => expect(written.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    expect(written.at(-1)).toBe(2);
    expect(state.digest?.account?.reading?.apps).toBe(2);
  });
});
