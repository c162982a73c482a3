import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import type { PageRow } from '../../../lib/pages/reading';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// Page-only mode in the background: chosen by the user, never on by itself; readings come only
// from a dashboard page, about what it shows; they never reach Scalingo, the API snapshot or a plan.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const tab = (path: string) => ({
  id: 'ext-id',
  url: `https://dashboard.scalingo.com${path}`,
  frameId: 0,
  tab: { id: 3, url: `https://dashboard.scalingo.com${path}` },
});
const WIDE = tab('/collaborators');
const row = (app: string, email: string, role: PageRow['role'], over: Partial<PageRow> = {}): PageRow => ({
  email,
  role,
  tfa: null,
  pending: false,
  deleted: false,
  app,
  ...over,
});
const READING = [
  row('shop', 'alice@acme.example', 'owner'),
  row('shop', 'max@agency.example', 'collaborator'),
  row('shop', 'bob@acme.example', 'limited', { tfa: false }),
  row('blog', 'alice@acme.example', 'owner'),
  row('blog', 'eve@acme.example', 'collaborator'),
];

function setUp() {
  const makeClient = vi.fn(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  const { deps, state } = memoryDeps(makeClient);
  const onReview = vi.fn();
  const service = createService({ ...deps, onReview });
  const send = (raw: unknown, sender: object = WIDE) => dispatch(service, raw, sender, ctx);
  return { service, state, makeClient, onReview, send };
}

describe('page-only mode', () => {
  it('keeps nothing a page sends until the user chooses the mode', async () => {
    const { state, send, service } = setUp();
    expect(await send({ type: 'pageReading', rows: READING })).toEqual({ ok: true, data: false });
    expect(state.pages).toBeNull();
    expect((await service.handle({ type: 'getStatus' })).summary).toBeNull();
  });

  it('reviews the pages visited, labelled as such, without a request to Scalingo', async () => {
    const { state, send, service, makeClient, onReview } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    expect(await send({ type: 'pageReading', rows: READING })).toEqual({ ok: true, data: true });
    const status = await service.handle({ type: 'getStatus' });
    expect(status).toMatchObject({ connected: false, pageOnly: true, source: 'pages' });
    expect(status.pages!.map((p) => p.app).sort()).toEqual(['blog', 'shop']);
    expect(status.top.map((f) => `${f.rule} ${f.person?.email}`)).toEqual([
      'external-domain max@agency.example',
      'missing-2fa bob@acme.example',
    ]);
    expect(onReview).toHaveBeenLastCalledWith(
      expect.objectContaining({ open: expect.objectContaining({ P2: 1 }) }),
      'pages',
    );
    expect(makeClient).not.toHaveBeenCalled();
    expect(state.snapshot).toBeNull(); // the API snapshot is never written from a page
    await expect(service.handle({ type: 'previewPlan' })).rejects.toMatchObject({ kind: 'refused' });
  });

  it('shows the chips of the app from its page reading, the banner saying page-only', async () => {
    const { send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    const page = tab('/apps/osc-fr1/shop/settings/collaborators');
    await send({ type: 'pageReading', rows: READING.filter((r) => r.app === 'shop') }, page);
    const view = await send({ type: 'appView', region: 'osc-fr1', app: 'shop' }, page);
    expect(view).toMatchObject({ ok: true, data: { banner: { text: expect.stringMatching(/^Page-only/) } } });
  });

  it('says where a calm account-wide page comes from, with no empty account name', async () => {
    const { send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await send({
      type: 'pageReading',
      rows: [row('blog', 'alice@acme.example', 'owner'), row('blog', 'eve@acme.example', 'limited')],
    });
    const view = await send({ type: 'peopleView' });
    expect(view).toMatchObject({
      ok: true,
      data: { banner: { text: 'Page-only (no token): No open finding on this page.' } },
    });
  });

  it('lets the API be the source of truth once a token is connected', async () => {
    const { state, send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    expect(await send({ type: 'pageReading', rows: READING })).toEqual({ ok: true, data: false });
    expect(state.pages).toBeNull();
    expect((await service.handle({ type: 'getStatus' })).source).toBe('api');
  });

  it('forgets what the pages showed when the mode is turned off', async () => {
    const { state, send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await send({ type: 'pageReading', rows: READING });
    await service.handle({ type: 'saveSettings', settings: { pageOnly: false } });
    expect(state.pages).toBeNull();
    expect((await service.handle({ type: 'getStatus' })).summary).toBeNull();
  });
});

describe('who may send a page reading', () => {
  it.each([
    ['an extension page', popup, { type: 'pageReading', rows: READING }],
    [
      'an app page sending another app’s rows',
      tab('/apps/osc-fr1/blog/settings/collaborators'),
      { type: 'pageReading', rows: READING },
    ],
    [
      'an app page that is not its collaborators page',
      tab('/apps/osc-fr1/shop/deploy'),
      { type: 'pageReading', rows: [READING[1]] },
    ],
    ['the account’s tokens page', tab('/account/tokens'), { type: 'pageReading', rows: READING }],
  ])('refuses %s', async (_, sender, raw) => {
    const { state, send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    expect(await send(raw, sender)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(state.pages).toBeNull();
  });

  it('stamps the page from the browser, whatever the page wrote', async () => {
    const { state, send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    const page = tab('/apps/osc-fr1/shop/settings/collaborators');
    const lie = { url: 'https://evil.example/', region: 'osc-secnum-fr1' };
    await send({ type: 'pageReading', rows: [READING[1]], page: lie }, page);
    expect(state.pages!.apps[0]).toMatchObject({ name: 'shop', region: 'osc-fr1', url: page.url });
  });

  it('refuses a malformed reading, keeping nothing', async () => {
    const { state, send, service } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    const bad = { type: 'pageReading', rows: [{ ...READING[0], email: 'not an address' }] };
    expect(await send(bad)).toMatchObject({ ok: false, kind: 'bad_request' });
    expect(state.pages).toBeNull();
  });

  it('gives exports the policy the page findings were judged with, not the stored one', async () => {
    const { send, service, state } = setUp();
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await send({ type: 'pageReading', rows: READING });
    const data = await service.handle({ type: 'getPageSnapshot' });
    expect(state.policy.trustedDomains).toEqual([]);
    expect(data?.policy.trustedDomains).toEqual(['acme.example']);
    expect(data?.domains).toEqual({ blog: 'acme.example', shop: 'acme.example' });
  });
});
