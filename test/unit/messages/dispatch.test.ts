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
    [
      'a web page on another site',
      { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } },
      { type: 'appView', region: 'osc-fr1', app: 'shop' },
    ],
    ['a dashboard page asking for a scan', appPage, { type: 'scan' }],
    ['a dashboard page asking to connect', appPage, { type: 'connect', token: 'tk-us-x', remember: false }],
    [
      'a sub-frame claiming the tab’s app',
      { ...appPage, frameId: 4, tab: { id: 3, url: 'https://dashboard.scalingo.com/apps/osc-fr1/billing' } },
      { type: 'appView', region: 'osc-fr1', app: 'billing' },
    ],
    ['a dashboard page asking for another app', appPage, { type: 'appView', region: 'osc-fr1', app: 'billing' }],
    [
      'a dashboard page outside an app',
      dashboardTab('/account/tokens'),
      { type: 'appView', region: 'osc-fr1', app: 'shop' },
    ],
    [
      'a lookalike host',
      { id: 'ext-id', url: 'https://dashboard.scalingo.com.evil.example/apps/osc-fr1/shop', tab: { id: 1 } },
      { type: 'appView', region: 'osc-fr1', app: 'shop' },
    ],
    ['no url at all', { id: 'ext-id' }, { type: 'getStatus' }],
    [
      'a dashboard page asking to refresh another app',
      appPage,
      { type: 'refreshApp', region: 'osc-fr1', app: 'billing' },
    ],
    [
      'a dashboard page asking advice for another app',
      appPage,
      { type: 'inviteAdvice', region: 'osc-fr1', app: 'billing', email: 'x@y.fr' },
    ],
    ['an app page asking for every person of the account', appPage, { type: 'peopleView' }],
    ['a dashboard page asking for the review', dashboardTab('/collaborators'), { type: 'getReview' }],
    ['a dashboard page applying a plan', appPage, { type: 'applyPlan', planId: 'p1', confirm: true }],
    // The token list (names, dates, which is the extension's) is for the extension's own pages.
    ['the tokens page asking for the extension’s own token', dashboardTab('/account/tokens'), { type: 'getOwnToken' }],
    ['a collaborators page asking for the extension’s own token', appPage, { type: 'getOwnToken' }],
  ])('refuses %s, with no effect', async (_name, sender, message) => {
    const { service, handle } = fakeService();
    const reply = await dispatch(service, message, sender, ctx);
    expect(reply).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['the popup asking for the status', popup, { type: 'getStatus' }],
    [
      'the review page asking for the extension’s own token',
      { id: 'ext-id', url: 'chrome-extension://ext-id/review.html#view=cards' },
      { type: 'getOwnToken' },
    ],
    [
      'the settings asking for the extension’s own token',
      { ...popup, url: 'chrome-extension://ext-id/options.html' },
      { type: 'getOwnToken' },
    ],
    ['the dashboard asking about the app on screen', appPage, { type: 'appView', region: 'osc-fr1', app: 'shop' }],
    [
      'the dashboard asking to refresh the app on screen',
      appPage,
      { type: 'refreshApp', region: 'osc-fr1', app: 'shop' },
    ],
    [
      'the invitation form asking for advice',
      dashboardTab('/apps/osc-fr1/shop'),
      { type: 'inviteAdvice', region: 'osc-fr1', app: 'shop', email: 'x@y.fr' },
    ],
    [
      'the account-wide page asking for its people',
      dashboardTab('/collaborators?group=person'),
      { type: 'peopleView' },
    ],
    ['a dashboard page opening the review', appPage, { type: 'openReview', findingId: 'missing-2fa:a:b' }],
    // The dashboard moved to another app in place: the tab's URL is the one on screen.
    [
      'a page navigated in-app',
      {
        ...appPage,
        frameId: 0,
        tab: { id: 3, url: 'https://dashboard.scalingo.com/apps/osc-fr1/billing/settings/collaborators' },
      },
      { type: 'appView', region: 'osc-fr1', app: 'billing' },
    ],
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
    const service = {
      handle: async () => Promise.reject(new Error('boom')),
      idle: async () => undefined,
    } as unknown as Service;
    await expect(dispatch(service, { type: 'getStatus' }, popup, ctx)).resolves.toEqual({
      ok: false,
      kind: 'internal',
      message: 'boom',
    });
  });
});
