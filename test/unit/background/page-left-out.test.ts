import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import type { PageRow } from '../../../lib/pages/reading';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// An app cut from a reading (the page shows more rows than a reading holds) is not silent: the
// page snapshot keeps which apps a page left out, and the status (the popup's and the review
// page's source) names them, until a reading shows them or the page no longer cuts them.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const WIDE = {
  id: 'ext-id',
  url: 'https://dashboard.scalingo.com/collaborators',
  frameId: 0,
  tab: { id: 3, url: 'https://dashboard.scalingo.com/collaborators' },
};
const row = (app: string, email: string): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app,
});

async function setUp() {
  const { deps, state } = memoryDeps(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  const service = createService(deps);
  await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
  const send = (raw: unknown) => dispatch(service, raw, WIDE, ctx);
  return { service, state, send };
}

describe('apps a page reading left out', () => {
  it('are kept with the page snapshot and named in the status, until a reading shows them', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    try {
      const { service, state, send } = await setUp();
      const reply = await send({ type: 'pageReading', rows: [row('big', 'a@acme.example')], leftOut: ['tail', 'zed'] });
      expect(reply).toEqual({ ok: true, data: true });
      expect(state.pages?.leftOut?.map((l) => l.app)).toEqual(['tail', 'zed']);
      expect((await service.handle({ type: 'getStatus' })).leftOut).toEqual(['tail', 'zed']);
      // The same page, read again without cutting "tail" (and now showing it): "tail" is read. "zed"
      // is not: the same URL may show another grouping, so only a reading of "zed" clears it.
      vi.setSystemTime(new Date('2026-11-30T12:05:00Z'));
      await send({ type: 'pageReading', rows: [row('big', 'a@acme.example'), row('tail', 'b@acme.example')] });
      expect((await service.handle({ type: 'getStatus' })).leftOut).toEqual(['zed']);
      await send({ type: 'pageReading', rows: [row('zed', 'c@acme.example')] });
      expect((await service.handle({ type: 'getStatus' })).leftOut).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a list of left-out apps that are not app names', async () => {
    const { send } = await setUp();
    const reply = await send({ type: 'pageReading', rows: [row('big', 'a@acme.example')], leftOut: ['../x'] });
    expect(reply).toMatchObject({ ok: false, kind: 'bad_request' });
  });
});
