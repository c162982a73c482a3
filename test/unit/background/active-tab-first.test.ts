import { describe, expect, it, vi } from 'vitest';
import { favouredDashboardApps, type TabInfo } from '../../../lib/background/dashboard-tabs';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// Issue 14, item 2: the app open in the ACTIVE dashboard tab is read first, and the most
// recently used dashboard tab's (one connects from the settings tab beside it). Any other
// dashboard tab in the background, whether the scan starts with it open or its page asks for its
// overlay mid-scan, is read in its turn: it never jumps the queue.

const names = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: names.map((n) => collaborator(n, 'bob@acme.example')),
};
const tab = (name: string, active: boolean, lastAccessed?: number): TabInfo => ({
  active,
  lastAccessed,
  url: `https://dashboard.scalingo.com/apps/osc-fr1/${name}/collaborators`,
});

/** The apps whose events the scan asks for, in order; every answer held until `open()`. */
function recorded() {
  const { client } = fakeClient(account);
  const order: string[] = [];
  let open = () => undefined as void;
  const gate = new Promise<void>((r) => (open = r));
  const events: ScanClient['events'] = (...args) => {
    order.push(args[1].replace(/^id-/, ''));
    return gate.then(() => client.events(...args));
  };
  return { client: { ...client, events }, order, open: () => open() };
}

async function scanWith(tabs: TabInfo[]) {
  const r = recorded();
  const { deps, state } = memoryDeps(() => r.client);
  deps.dashboardApps = async () => favouredDashboardApps(tabs);
  const service = createService(deps);
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await vi.waitFor(() => expect(r.order).toHaveLength(3), { timeout: 5000 }); // three apps in flight
  return { ...r, service, state };
}

describe('the active dashboard tab first', () => {
  it('at the start: the active tab’s app first, a background tab’s app in its turn', async () => {
    const s = await scanWith([tab('a6', false), tab('a5', true), tab('a7', false)]);
    s.open();
    await vi.waitFor(() => expect(s.state.snapshot?.partial).toBeUndefined(), { timeout: 5000 });
    expect(s.order).toEqual(['a5', 'a0', 'a1', 'a2', 'a3', 'a4', 'a6', 'a7']);
  });

  it('mid-scan: a background tab asking for its overlay does not move its app up; the active tab’s does', async () => {
    const tabs = [tab('a6', false), tab('a7', false)];
    const s = await scanWith(tabs);
    expect(s.order).toEqual(['a0', 'a1', 'a2']);
    await s.service.handle({ type: 'appView', region: 'osc-fr1', app: 'a7' }); // a background tab's page
    tabs[0]!.active = true; // the person switches to a6's tab, whose page asks too
    await s.service.handle({ type: 'appView', region: 'osc-fr1', app: 'a6' });
    s.open();
    await vi.waitFor(() => expect(s.state.snapshot?.partial).toBeUndefined(), { timeout: 5000 });
    expect(s.order).toEqual(['a0', 'a1', 'a2', 'a6', 'a3', 'a4', 'a5', 'a7']);
  });

  it('from the settings tab: the most recently used dashboard tab’s app first, an older one in its turn', async () => {
    // The browser lists only dashboard tabs; the active one (settings) is not among them.
    const tabs = [tab('a3', false, 1_000), tab('a6', false, 3_000), tab('a7', false, 2_000)];
    const s = await scanWith(tabs);
    expect(s.order).toEqual(['a6', 'a0', 'a1']);
    await s.service.handle({ type: 'appView', region: 'osc-fr1', app: 'a7' }); // older: waits
    s.open();
    await vi.waitFor(() => expect(s.state.snapshot?.partial).toBeUndefined(), { timeout: 5000 });
    expect(s.order).toEqual(['a6', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a7']);
  });

  it('favours the active dashboard tabs and the most recently used one, never an older background one', () => {
    const apps = (tabs: TabInfo[]) => favouredDashboardApps(tabs).map((a) => a.app);
    expect(apps([tab('a1', true, 10), tab('a2', false, 5)])).toEqual(['a1']);
    expect(apps([tab('a1', false, 10), tab('a2', false, 50), tab('a3', true, 20)])).toEqual(['a2', 'a3']);
    expect(apps([tab('a1', false), tab('a2', false)])).toEqual([]); // the browser does not say: none
  });
});
