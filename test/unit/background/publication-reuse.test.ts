import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ScanClient } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// Issue 14, item 6: a publication that changed one app re-computes that app's findings and the
// rules reading across apps, not everything; and the views asking for the review after each
// publication (popup, review page, overlay) are served the review computed for it. Counted on
// one rule scoped to one app (missing-2fa): the apps each of its runs was given.

const seen = vi.hoisted(() => [] as string[][]);
vi.mock('../../../lib/rules/missing-2fa', async (original) => {
  const real = await original<typeof import('../../../lib/rules/missing-2fa')>();
  return {
    ...real,
    missing2fa: (...args: Parameters<typeof real.missing2fa>) => {
      seen.push(args[0].apps.map((a) => a.name));
      return real.missing2fa(...args);
    },
  };
});

const names = ['shop', 'blog', 'api', 'docs'];
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: [
    ...names.map((n) => collaborator(n, 'bob@acme.example', { tfa_status: false })),
    collaborator('shop', 'eve@outside.example'),
  ],
};

/** The fake account, each app's events and SCM link held until `release(app name)`. */
function heldEvents(): { client: ScanClient; release: (name: string) => void } {
  const { client } = fakeClient(account);
  const gates = new Map<string, { open: Promise<void>; release: () => void }>();
  const gate = (id: string) => {
    let g = gates.get(id);
    if (!g) {
      let release = () => undefined as void;
      g = { open: new Promise<void>((r) => (release = r)), release: () => release() };
      gates.set(id, g);
    }
    return g;
  };
  return {
    client: {
      ...client,
      events: (...args) => gate(args[1]).open.then(() => client.events(...args)),
      scmRepoLink: (...args) => gate(`id-${args[1]}`).open.then(() => client.scmRepoLink(...args)),
    },
    release: (name) => gate(`id-${name}`).release(),
  };
}

describe('a running scan’s publications', () => {
  it('re-compute the findings of the app just read only, and serve the views without computing again', async () => {
    const held = heldEvents();
    const { deps, state } = memoryDeps(() => held.client);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    // The lists are read: the first publication reviews every app.
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 5000 });
    expect(seen[0]!.sort()).toEqual([...names].sort());
    const views = async () => {
      const review = await service.handle({ type: 'getReview' });
      await service.handle({ type: 'getReviewHead' });
      expect(await service.handle({ type: 'peopleView' })).not.toBeNull();
      return review;
    };
    const first = await views();
    expect(first?.findings.filter((f) => f.rule === 'missing-2fa')).toHaveLength(names.length);
    expect(seen).toHaveLength(1);
    // Each app read publishes: its findings alone are computed again, the pending apps' kept.
    for (const [i, name] of names.slice(0, -1).entries()) {
      held.release(name);
      await vi.waitFor(() => expect(seen).toHaveLength(i + 2), { timeout: 5000 });
      expect(seen[i + 1]).toEqual([name]);
      expect((await views())?.findings.filter((f) => f.rule === 'missing-2fa')).toHaveLength(names.length);
      expect(seen).toHaveLength(i + 2);
      expect(state.snapshot?.partial?.pending).toHaveLength(names.length - i - 1);
    }
    held.release(names[names.length - 1]!);
    await service.idle();
    expect(state.scan.phase).toBe('done');
  });
});
