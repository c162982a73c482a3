import { describe, expect, it, vi } from 'vitest';
import type { Service } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const dashboardTab = (path: string) => ({
  id: 'ext-id',
  url: `https://dashboard.scalingo.com${path}`,
  tab: { id: 3, url: `https://dashboard.scalingo.com${path}` },
});
const appPage = dashboardTab('/apps/osc-fr1/shop/settings/collaborators');

function fakeService() {
  const handle = vi.fn(async (req: { type: string }) => ({ handled: req.type }));
  return { service: { handle, idle: async () => undefined } as unknown as Service, handle };
}

describe('dispatch checks the sender before anything else', () => {
  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, { type: 'getStatus' }],
    ['a web page on another site', { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } }, { type: 'appView', region: 'osc-fr1', app: 'shop' }],
    ['a dashboard page asking for a scan', appPage, { type: 'scan' }],
    ['a dashboard page asking to connect', appPage, { type: 'connect', token: 'tk-us-x', remember: false }],
    ['a dashboard page asking for another app', appPage, { type: 'appView', region: 'osc-fr1', app: 'billing' }],
    ['a dashboard page outside an app', dashboardTab('/account/tokens'), { type: 'appView', region: 'osc-fr1', app: 'shop' }],
    ['a lookalike host', { id: 'ext-id', url: 'https://dashboard.scalingo.com.evil.example/apps/osc-fr1/shop', tab: { id: 1 } }, { type: 'appView', region: 'osc-fr1', app: 'shop' }],
    ['no url at all', { id: 'ext-id' }, { type: 'getStatus' }],
  ])('refuses %s, with no effect', async (_name, sender, message) => {
    const { service, handle } = fakeService();
    const reply = await dispatch(service, message, sender, ctx);
    expect(reply).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['the popup asking for the status', popup, { type: 'getStatus' }],
    ['the dashboard asking about the app on screen', appPage, { type: 'appView', region: 'osc-fr1', app: 'shop' }],
  ])('accepts %s', async (_name, sender, message) => {
    const { service, handle } = fakeService();
    const reply = await dispatch(service, message, sender, ctx);
    expect(reply).toEqual({ ok: true, data: { handled: message.type } });
    expect(handle).toHaveBeenCalledOnce();
  });
});

describe('dispatch parses every payload', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'getStatus'],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a connect without token', { type: 'connect', remember: true }],
    ['an app name with a path in it', { type: 'appView', region: 'osc-fr1', app: '../../v1/users' }],
  ])('answers %s with a clear error', async (_name, message) => {
    const { service, handle } = fakeService();
    const reply = await dispatch(service, message, popup, ctx);
    expect(reply).toMatchObject({ ok: false, kind: 'bad_request' });
    expect(handle).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const service = { handle: async () => Promise.reject(new Error('boom')), idle: async () => undefined } as unknown as Service;
    await expect(dispatch(service, { type: 'getStatus' }, popup, ctx)).resolves.toEqual({ ok: false, kind: 'internal', message: 'boom' });
  });
});
