import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { RulesRun } from '../../../lib/engine/incremental';
import { runRules } from '../../../lib/rules/index';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A running scan's publications are reviewed through lib/engine/incremental.ts: each re-uses
// the findings of the apps the one before left as they were, and still finds exactly what a
// full run of every rule finds on the same snapshot.

const runs = vi.hoisted(() => [] as Array<{ previous: RulesRun | null; result: RulesRun }>);
vi.mock('../../../lib/engine/incremental', async (original) => {
  const real = await original<typeof import('../../../lib/engine/incremental')>();
  return {
    ...real,
    runRulesSince: (...args: Parameters<typeof real.runRulesSince>) => {
      const result = real.runRulesSince(...args);
      runs.push({ previous: args[0], result });
      return result;
    },
  };
});

const names = ['shop', 'blog', 'api'];
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: [
    ...names.map((n) => collaborator(n, 'bob@acme.example')),
    collaborator('shop', 'eve@outside.example'),
    collaborator('blog', 'joe@acme.example', { is_limited: true }),
  ],
};

/** The fake account, each app's events held until `release(app id)`. */
function heldEvents(): { client: ScanClient; release: (appId: string) => void } {
  const { client } = fakeClient(account);
  const gates = new Map<string, () => void>();
  const opened = new Map<string, Promise<void>>();
  const gate = (id: string) => {
    if (!opened.has(id)) opened.set(id, new Promise<void>((r) => gates.set(id, r)));
    return opened.get(id)!;
  };
  return {
    client: { ...client, events: (...args) => gate(args[1]).then(() => client.events(...args)) },
    release: (id) => (gate(id), gates.get(id)!()),
  };
}

describe('the publications of a running scan', () => {
  it('are reviewed incrementally, re-using unchanged apps, with the findings of a full run', async () => {
    const held = heldEvents();
    const { deps, state } = memoryDeps(() => held.client);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5000 });
    // Each app but the last publishes; the last one ends the scan, whose review is a full run.
    for (const [i, name] of names.slice(0, -1).entries()) {
      held.release(`id-${name}`);
      await vi.waitFor(() => expect(runs).toHaveLength(i + 2), { timeout: 5000 });
    }
    held.release(`id-${names[names.length - 1]}`);
    await service.idle();
    expect(state.scan.phase).toBe('done');

    // A pending app is copied afresh at each publication; a complete one is kept, so its findings are too.
    const [first, second, third] = runs.map((r) => r.result) as [RulesRun, RulesRun, RulesRun];
    expect(runs.map((r) => r.previous)).toEqual([null, first, second]);
    const shop = (run: RulesRun) => run.findings.filter((f) => f.app?.name === 'shop');
    expect(shop(third).length).toBeGreaterThan(0);
    expect(shop(third).every((f) => second.findings.includes(f))).toBe(true);
    for (const { result } of runs) {
      const full = runRules(result.snapshot, result.policy, new Date(result.now));
      expect(result.findings).toEqual(full);
    }
  });
});
