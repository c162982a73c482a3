import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// The dashboard's content script asks whether page-only mode applies before it reads a page:
// no, by default (never on by itself); yes once the user chose it; and only a dashboard page asks.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const WIDE = 'https://dashboard.scalingo.com/collaborators';
const dashboard = { id: 'ext-id', url: WIDE, frameId: 0, tab: { id: 3, url: WIDE } };

function setUp() {
  const { deps } = memoryDeps(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  return createService(deps);
}

describe('whether page-only mode applies, asked by the dashboard', () => {
  it('is no until the user chooses it, then yes', async () => {
    const service = setUp();
    expect(await dispatch(service, { type: 'pageOnlyMode' }, dashboard, ctx)).toEqual({ ok: true, data: false });
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    expect(await dispatch(service, { type: 'pageOnlyMode' }, dashboard, ctx)).toEqual({ ok: true, data: true });
  });

  it('is asked only by a dashboard page', async () => {
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    expect(await dispatch(setUp(), { type: 'pageOnlyMode' }, popup, ctx)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
  });
});
