import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import { parsePageSnapshot, type PageApp, type PageRow } from '../../../lib/pages/reading';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// Page-only mode against a hostile reviewer's findings (issue #21): what a page sends never
// breaks the stored snapshot, never reaches trusted state, and is forgotten when it should be.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const tab = (path: string) => ({
  id: 'ext-id',
  url: `https://dashboard.scalingo.com${path}`,
  frameId: 0,
  tab: { id: 3, url: `https://dashboard.scalingo.com${path}` },
});
const row = (app: string, email: string, over: Partial<PageRow> = {}): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app,
  ...over,
});

async function setUp() {
  const makeClient = vi.fn(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  const { deps, state } = memoryDeps(makeClient);
  const service = createService({ ...deps, onReview: vi.fn() });
  const send = (raw: unknown, sender: object = tab('/collaborators')) => dispatch(service, raw, sender, ctx);
  await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
  return { service, state, send };
}

describe('a stored page snapshot', () => {
  it('keeps only the page’s origin and path, however long its query', async () => {
    const { state, send } = await setUp();
    await send({ type: 'pageReading', rows: [row('shop', 'max@agency.example')] }, tab('/collaborators'));
    const long = tab(`/collaborators?group=${'x'.repeat(3000)}#me`);
    await send({ type: 'pageReading', rows: [row('blog', 'eve@acme.example')] }, long);
    const stored = parsePageSnapshot(state.pages);
    expect(stored?.apps.map((a) => [a.name, a.url])).toEqual([
      ['blog', 'https://dashboard.scalingo.com/collaborators'],
      ['shop', 'https://dashboard.scalingo.com/collaborators'],
    ]);
  });

  it('keeps the other apps when one app’s page has a region too long to store', async () => {
    const { state, send } = await setUp();
    await send({ type: 'pageReading', rows: [row('shop', 'max@agency.example')] });
    const odd = tab(`/apps/${'r'.repeat(41)}/blog/settings/collaborators`);
    await send({ type: 'pageReading', rows: [row('blog', 'eve@acme.example')] }, odd);
    expect(parsePageSnapshot(state.pages)?.apps.map((a) => a.name)).toContain('shop');
  });
});

describe('page findings and trusted state', () => {
  const decision = (findingId: string) => ({
    findingId,
    kind: 'accept',
    justification: 'Agency under contract, reviewed with the CTO.',
  });
  it.each([
    ['decide', (id: string) => ({ type: 'decide', decision: decision(id) })],
    ['decideMany', (id: string) => ({ type: 'decideMany', decisions: [decision(id)] })],
    ['undecide', (id: string) => ({ type: 'undecide', findingId: id })],
    ['completeReview', () => ({ type: 'completeReview', fallback: 'open' })],
    ['acceptRisk', (id: string) => ({ type: 'acceptRisk', findingId: id, justification: 'Known agency.', days: 30 })],
  ])('refuses %s in page-only mode, keeping no decision', async (_, req) => {
    const { state, send, service } = await setUp();
    const rows = [row('shop', 'alice@acme.example', { role: 'owner' }), row('shop', 'max@agency.example')];
    await send({ type: 'pageReading', rows });
    const id = (await service.handle({ type: 'getStatus' })).top[0]!.id;
    const page = { id: 'ext-id', url: 'chrome-extension://ext-id/review.html' };
    const reply = await dispatch(service, req(id), page, ctx);
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/page-only/i) });
    // What is stored is unchanged, not only the reply: no decision, no accepted risk, no review.
    expect(state.decisions).toEqual([]);
    expect(state.acceptances).toEqual([]);
    expect(state.history).toEqual([]);
    expect(state.snapshot).toBeNull();
    expect(await service.handle({ type: 'getHistory' }).catch(() => [])).toEqual([]);
  });
});

describe('a content script', () => {
  it('cannot accept a risk, in page-only mode or not', async () => {
    const { state, send, service } = await setUp();
    const rows = [row('shop', 'alice@acme.example', { role: 'owner' }), row('shop', 'max@agency.example')];
    await send({ type: 'pageReading', rows });
    const id = (await service.handle({ type: 'getStatus' })).top[0]!.id;
    const reply = await send({ type: 'acceptRisk', findingId: id, justification: 'Known agency.', days: 30 });
    expect(reply).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(state.acceptances).toEqual([]);
  });
});

describe('a session token and page-only mode', () => {
  // A token not remembered is gone when the browser closes; the API snapshot it made stays.
  const browserRestart = (state: { token: string | null }) => void (state.token = null);

  it('leave page-only mode once a token is connected', async () => {
    const { state, send, service } = await setUp();
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    browserRestart(state);
    expect(state.settings.pageOnly).toBe(false);
    expect(await send({ type: 'pageReading', rows: [row('blog', 'max@agency.example')] })).toEqual({
      ok: true,
      data: false,
    });
    expect(state.pages).toBeNull();
  });

  it('never mix page readings with an API snapshot still stored: page-only mode sets it apart', async () => {
    const { state, send, service } = await setUp();
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    browserRestart(state);
    await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await send({ type: 'pageReading', rows: [row('blog', 'max@agency.example')] });
    expect(state.snapshot).not.toBeNull();
    const status = await service.handle({ type: 'getStatus' });
    expect(status).toMatchObject({ pageOnly: true, source: 'pages' });
    expect(status.pages!.map((p) => p.app)).toEqual(['blog']);
    expect(status.top.map((f) => f.app?.name)).not.toContain('shop');
  });
});

describe('what the pages showed is forgotten', () => {
  it('when a token is connected: the API becomes the source', async () => {
    const { state, send, service } = await setUp();
    await send({ type: 'pageReading', rows: [row('shop', 'max@agency.example')] });
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    expect(state.pages).toBeNull();
  });

  it('for an app read longer ago than the look-back window', async () => {
    const { state, send, service } = await setUp();
    await send({ type: 'pageReading', rows: [row('shop', 'alice@acme.example', { role: 'owner' })] });
    state.pages = {
      ...state.pages!,
      apps: state.pages!.apps.map((a) => ({ ...a, readAt: '2020-01-01T00:00:00.000Z' })),
    };
    await send({ type: 'pageReading', rows: [row('blog', 'eve@acme.example', { role: 'owner' })] });
    expect(state.pages.apps.map((a) => a.name)).toEqual(['blog']);
    expect((await service.handle({ type: 'getStatus' })).pages!.map((p) => p.app)).toEqual(['blog']);
  });

  it('from storage too, when the worker starts and when the hourly alarm fires, not only on a new reading', async () => {
    const { state, send, service } = await setUp();
    const owner = (app: string) => row(app, 'alice@acme.example', { role: 'owner' });
    await send({ type: 'pageReading', rows: [owner('shop'), owner('blog'), row('blog', 'max@agency.example')] });
    const age = (name: string) => (a: PageApp) => (a.name === name ? { ...a, readAt: '2020-01-01T00:00:00.000Z' } : a);
    state.pages = { ...state.pages!, apps: state.pages!.apps.map(age('blog')) };
    await service.refreshReview(); // the worker's start
    expect(state.pages?.apps.map((a) => a.name)).toEqual(['shop']);
    expect(state.digest?.pages.map((p) => p.app)).toEqual(['shop']);
    state.pages = { ...state.pages, apps: state.pages.apps.map(age('shop')) };
    await service.expirePageReadings(); // the alarm
    expect(state.pages).toBeNull();
    expect(state.digest).toBeNull();
  });
});
