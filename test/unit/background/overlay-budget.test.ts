import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { budgetStore } from '../../../lib/background/overlay-budget-store';
import {
  OPENS_PER_MINUTE,
  REFRESH_EVERY_MS,
  REFRESHES_PER_WINDOW,
  takeOpen,
} from '../../../lib/background/overlay-limits';
import { createService } from '../../../lib/background/service';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// The overlay's budgets outlive the background: an MV3 worker (or a Firefox event page) stops
// after 30 s idle and starts afresh on the next message, so budgets kept in memory would reset
// and "flood, wait, flood" would get many times the intended rate. They live in storage.session.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog'), app('docs'), app('api')] },
  collaborators: [collaborator('shop', 'bob@acme.example'), collaborator('blog', 'eve@freelance.example')],
};

let clock: Date;
let scans: number;
let memory: ReturnType<typeof memoryDeps>;
const openPage = vi.fn(async () => undefined);

/** A background as it starts after a restart: fresh memory, the same stored state. */
const background = () => createService({ ...memory.deps, now: () => clock, openPage });

beforeEach(async () => {
  fakeBrowser.reset();
  openPage.mockClear();
  clock = new Date('2026-11-20T12:00:00Z');
  scans = 0;
  memory = memoryDeps(() => {
    const f = fakeClient(account);
    const all = f.client.ownedAppsCollaborators.bind(f.client);
    f.client.ownedAppsCollaborators = (...args: Parameters<typeof all>) => (scans++, all(...args));
    return f.client;
  });
  const first = background();
  await first.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await first.idle();
  scans = 0;
});

const refreshAll = async (service: ReturnType<typeof background>) => {
  for (const name of ['shop', 'blog', 'docs', 'api'])
    await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: name });
  await service.idle();
};

describe('the overlay’s budgets across a restart of the background', () => {
  it('refreshes: a flood, a restart, a flood: no more rescans than the budget allows', async () => {
    await refreshAll(background());
    expect(scans).toBe(REFRESHES_PER_WINDOW);
    clock = new Date(clock.getTime() + 31_000); // the worker stopped meanwhile
    await refreshAll(background());
    expect(scans).toBe(REFRESHES_PER_WINDOW);
    clock = new Date(clock.getTime() + REFRESH_EVERY_MS);
    await refreshAll(background());
    expect(scans).toBe(2 * REFRESHES_PER_WINDOW);
  });

  it('opening the review: a burst, a restart, a burst: a few tabs a minute', async () => {
    for (let i = 0; i < 7; i++) await background().handle({ type: 'openReview', findingId: null });
    expect(openPage).toHaveBeenCalledTimes(OPENS_PER_MINUTE);
    clock = new Date(clock.getTime() + 60_000);
    await background().handle({ type: 'openReview', findingId: null });
    expect(openPage).toHaveBeenCalledTimes(OPENS_PER_MINUTE + 1);
  });

  it('keeps no app name and stays small, whatever names a page sends', async () => {
    const service = background();
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        service.handle({ type: 'refreshApp', region: 'osc-fr1', app: i % 2 ? 'shop' : `made-up-${i}` }),
      ),
    );
    await refreshAll(service);
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session)).toContain('overlayBudget');
    expect(JSON.stringify(session)).not.toMatch(/shop|blog|made-up/);
    expect(JSON.stringify(session.overlayBudget).length).toBeLessThan(500);
    expect(scans).toBeGreaterThan(0);
    expect(scans).toBeLessThanOrEqual(REFRESHES_PER_WINDOW);
  });

  it('a session area that cannot be read hands out no fresh budget; one at a time, a burst spends it once', async () => {
    let readable = true;
    let stored: unknown;
    const area = {
      get: async () => (readable ? stored : Promise.reject(new Error('quota'))),
      set: async (v: unknown) => void (stored = v),
    };
    const store = budgetStore(area);
    const at = clock.getTime();
    const burst = await Promise.all(Array.from({ length: 10 }, () => store.spend((b) => takeOpen(b, at))));
    expect(burst.filter(Boolean)).toHaveLength(OPENS_PER_MINUTE);
    readable = false;
    expect(await store.spend((b) => takeOpen(b, at))).toBe(false);
  });
});
