import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REFRESH_EVERY_MS } from '../../../lib/background/overlay-handlers';
import {
  MAX_REMEMBERED_APPS,
  NO_BUDGET_SPENT,
  OPENS_PER_MINUTE,
  REFRESHES_PER_WINDOW,
  takeRefresh,
  type Budgets,
} from '../../../lib/background/overlay-limits';
import { createService } from '../../../lib/background/service';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// What the background answers the dashboard's content script.

// The budgets live in (fake) storage.session: each test starts with none spent.
beforeEach(() => fakeBrowser.reset());

const account = (limited: boolean): FakeAccount => ({
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog'), app('docs'), app('api')] },
  collaborators: [
    collaborator('shop', 'bob@acme.example', { is_limited: limited }),
    collaborator('blog', 'eve@freelance.example'),
  ],
});

async function connected(current: { limited: boolean }, now = () => new Date('2026-11-20T12:00:00Z')) {
  const fake = () => fakeClient(account(current.limited));
  const calls: string[][] = [];
  const { deps, state } = memoryDeps(() => {
    const f = fake();
    calls.push(f.calls);
    return f.client;
  });
  const openPage = vi.fn(async () => undefined);
  const service = createService({ ...deps, now, openPage, uiLanguage: () => 'fr-FR' });
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
  return { service, state, openPage, scans: () => calls.filter((c) => c.includes('ownedAppsCollaborators')).length };
}

describe('the overlay’s requests', () => {
  it('speak the browser’s language when the setting is "auto"', async () => {
    const { service } = await connected({ limited: false });
    const view = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop' });
    expect(view?.labels.openReview).toBe('Ouvrir la revue');
  });

  it('refresh the app once when the page shows a newer role, then answer with it', async () => {
    const current = { limited: false };
    let clock = new Date('2026-11-20T12:00:00Z');
    const { service, scans } = await connected(current, () => clock);
    current.limited = true; // changed on the dashboard after the scan
    const fresh = await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: 'shop' });
    expect(fresh?.people.find((p) => p.email === 'bob@acme.example')?.role).toBe('limited');
    expect(scans()).toBe(2);
    // A page that keeps disagreeing does not rescan the account at every render.
    await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: 'shop' });
    expect(scans()).toBe(2);
    clock = new Date(clock.getTime() + REFRESH_EVERY_MS);
    await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: 'shop' });
    expect(scans()).toBe(3);
  });

  it('list every person of the account for the account-wide page', async () => {
    const { service } = await connected({ limited: false });
    const view = await service.handle({ type: 'peopleView' });
    expect(
      view?.people
        .filter((p) => p.app === null)
        .map((p) => p.email)
        .sort(),
    ).toEqual(['bob@acme.example', 'eve@freelance.example', 'me@acme.example']);
  });

  it('advise Limited for an invitation, and open the review on a finding', async () => {
    const { service, openPage } = await connected({ limited: false });
    expect(
      await service.handle({ type: 'inviteAdvice', region: 'osc-fr1', app: 'shop', email: 'new@acme.example' }),
    ).toMatchObject({ role: 'limited' });
    await service.handle({ type: 'openReview', findingId: 'missing-2fa:app:eve@freelance.example' });
    expect(openPage).toHaveBeenCalledWith('/review.html#finding=missing-2fa%3Aapp%3Aeve%40freelance.example');
  });

  it('answer nothing before the first scan', async () => {
    const { deps } = memoryDeps(() => fakeClient(account(false)).client);
    const service = createService(deps);
    expect(await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop' })).toBeNull();
    expect(await service.handle({ type: 'peopleView' })).toBeNull();
  });
});

describe('what a hostile page can make the background do', () => {
  it('no rescan for app names the snapshot does not hold, however many', async () => {
    const { service, scans } = await connected({ limited: false });
    for (let i = 0; i < 50; i++)
      expect(await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: `made-up-${i}` })).toBeNull();
    expect(scans()).toBe(1); // the first scan only
  });

  it('a few refreshes overall, whichever real apps they name', async () => {
    let clock = new Date('2026-11-20T12:00:00Z');
    const { service, scans } = await connected({ limited: false }, () => clock);
    for (const name of ['shop', 'blog', 'docs', 'api', 'shop'])
      await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: name });
    expect(scans()).toBe(1 + REFRESHES_PER_WINDOW);
    clock = new Date(clock.getTime() + REFRESH_EVERY_MS);
    await service.handle({ type: 'refreshApp', region: 'osc-fr1', app: 'docs' });
    expect(scans()).toBe(2 + REFRESHES_PER_WINDOW);
  });

  it('opens the review a few times a minute at most', async () => {
    let clock = new Date('2026-11-20T12:00:00Z');
    const { service, openPage } = await connected({ limited: false }, () => clock);
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await service.handle({ type: 'openReview', findingId: null }));
    expect(openPage).toHaveBeenCalledTimes(OPENS_PER_MINUTE);
    expect(answers.filter((a) => a === false)).toHaveLength(7 - OPENS_PER_MINUTE);
    clock = new Date(clock.getTime() + 60_000);
    await service.handle({ type: 'openReview', findingId: null });
    expect(openPage).toHaveBeenCalledTimes(OPENS_PER_MINUTE + 1);
  });

  it('keeps a bounded memory of refreshed apps, forgetting each after its wait', () => {
    // Even with the global budget out of the way (a stored value could not say so: it is parsed with this bound).
    let b: Budgets = NO_BUDGET_SPENT;
    for (let i = 0; i < 10_000; i++) b = takeRefresh({ ...b, refreshes: [] }, `app-${i}`, i) ?? b;
    expect(Object.keys(b.apps)).toHaveLength(MAX_REMEMBERED_APPS);
    expect(takeRefresh({ ...b, refreshes: [] }, 'app-1', 0)).toBeNull();
    const later = takeRefresh({ ...b, refreshes: [] }, 'app-1', REFRESH_EVERY_MS + 10_000);
    expect(Object.keys(later!.apps)).toEqual(['app-1']);
  });
});
