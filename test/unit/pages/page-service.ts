import { vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import type { PageRow } from '../../../lib/pages/reading';
import { app, collaborator, fakeClient, me, memoryDeps, region } from '../helpers';

// A service over an in-memory store for the page-only tests of issue #21's hostile review: an API
// account (payments-secnum, where farid has no 2FA) to connect to first, and the two senders a
// message comes from: the dashboard's content script and an extension page.

export const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
export const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/review.html' };
export const dashboardTab = (path = '/collaborators') => ({
  id: 'ext-id',
  url: `https://dashboard.scalingo.com${path}`,
  frameId: 0,
  tab: { id: 3, url: `https://dashboard.scalingo.com${path}` },
});

export const row = (app: string, email: string, over: Partial<PageRow> = {}): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app,
  ...over,
});

export const ACCOUNT = {
  regions: [region('osc-secnum-fr1')],
  apps: { 'osc-secnum-fr1': [app('payments-secnum', me, 'osc-secnum-fr1')] },
  collaborators: [collaborator('payments-secnum', 'farid@acme.example', { tfa_status: false })],
};

export function pageService() {
  const makeClient = vi.fn(() => fakeClient(ACCOUNT).client);
  const { deps, state } = memoryDeps(makeClient);
  const service = createService({ ...deps, onReview: vi.fn() });
  const fromPage = (raw: unknown, path?: string) => dispatch(service, raw, dashboardTab(path), ctx);
  const fromExtension = (raw: unknown) => dispatch(service, raw, extensionPage, ctx);
  /** Connected to ACCOUNT and scanned. */
  const connect = async (remember = false) => {
    await service.handle({ type: 'connect', token: 'tk-us-good', remember });
    await service.idle();
  };
  return { service, state, makeClient, fromPage, fromExtension, connect };
}
