import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// A token connected while a page reading waits for the store's lock: the API is the source from
// then on, so the reading must not be written back after connect cleared the pages' snapshot.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const sender = {
  id: 'ext-id',
  url: 'https://dashboard.scalingo.com/collaborators',
  frameId: 0,
  tab: { id: 3, url: 'https://dashboard.scalingo.com/collaborators' },
};
const rows = [
  { email: 'max@agency.example', role: 'collaborator', tfa: null, pending: false, deleted: false, app: 'shop' },
];

describe('a page reading racing a connect', () => {
  it('keeps nothing when the token arrives between the mode check and the write', async () => {
    const makeClient = vi.fn(
      () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
    );
    const { deps, state } = memoryDeps(makeClient);
    // Connect lands just after the reading's checks outside the lock (the 2nd look at the vault):
    // it saves the token and clears the pages' snapshot before the reading takes the lock.
    let looks = -Infinity;
    const get = deps.vault.get;
    deps.vault.get = async () => {
      const token = await get();
      if (++looks === 2) {
        state.token = 'tk-us-good';
        state.pages = null;
      }
      return token;
    };
    const service = createService({ ...deps, onReview: vi.fn() });
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    looks = 0;
    await dispatch(service, { type: 'pageReading', rows }, sender, ctx);
    expect(looks).toBeGreaterThanOrEqual(2);
    expect(state.pages).toBeNull();
  });
});
