import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationsApi } from '../../../lib/background/new-urgent';
import { createService } from '../../../lib/background/service';
import { setLanguage } from '../../../lib/i18n';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A scheduled scan cut short (the worker stopped, the browser closed) goes on at the next start
// from its stored publication, kept partial (resume-scan.ts). Its notification is not lost: the
// resumed scan, once it ends, notifies the new P1 and P2 findings against the review before the
// scheduled scan began, as the scan would have had it not been cut.

beforeEach(() => setLanguage('en'));

function setUp() {
  const account: FakeAccount = {
    regions: [region('osc-fr1')],
    apps: { 'osc-fr1': [app('shop'), app('blog')] },
    collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'ann@acme.example')],
  };
  const hold = { on: false };
  const client = (): ScanClient => {
    const { client: c } = fakeClient(account);
    const stopped = () => new Promise<never>(() => undefined); // a worker that stopped: never answered
    return { ...c, events: (...args) => (hold.on && args[1] === 'id-blog' ? stopped() : c.events(...args)) };
  };
  const { deps, state } = memoryDeps(client);
  const sent: Array<{ id: string; message: string }> = [];
  const notifications: NotificationsApi = { create: async (id, o) => void sent.push({ id, message: o.message }) };
  state.token = 'tk-us-good';
  const join = (appName: string, email: string) =>
    account.collaborators.push(collaborator(appName, email, { tfa_status: false }));
  return { deps: { ...deps, notifications }, state, sent, hold, join };
}

describe('a scheduled scan cut short', () => {
  it('is kept partial, and the resumed scan notifies what it found new when it ends', async () => {
    const { deps, state, sent, hold, join } = setUp();
    await createService(deps).scheduledScan(); // the review to compare with
    join('blog', 'eve@freelance.example'); // someone without 2FA: a new P1 or P2
    hold.on = true;
    void createService(deps).scheduledScan(); // its worker stops while blog is read
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-blog']));
    expect(state.snapshot?.partial?.cancelled).toBe(false);

    hold.on = false;
    await createService(deps).resumeScan(); // the next start
    expect(state.snapshot?.partial).toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.message).toMatch(/found \d+ new findings?/);
    await createService(deps).resumeScan(); // nothing left to resume: no second notification
    expect(sent).toHaveLength(1);
  });

  it('a manual scan cut short and resumed never notifies', async () => {
    const { deps, state, sent, hold, join } = setUp();
    await createService(deps).scheduledScan();
    join('blog', 'eve@freelance.example');
    hold.on = true;
    await createService(deps).handle({ type: 'scan', force: false });
    await vi.waitFor(() => expect(state.snapshot?.partial?.pending).toEqual(['osc-fr1/id-blog']));
    hold.on = false;
    await createService(deps).resumeScan();
    expect(state.snapshot?.partial).toBeUndefined();
    expect(sent).toEqual([]);
  });
});
