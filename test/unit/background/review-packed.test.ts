import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../lib/messages/dispatch';
import { unpack } from '../../../lib/review/wire-pack';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService } from './connected-service';

// The review page asks the whole review packed (getReviewPacked, issue #19): it is getReview's
// reply, never a stale one, and the message is the background's to check like any other.

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const reviewPage = { id: 'ext-id', url: 'chrome-extension://ext-id/review.html' };
const dashboard = {
  id: 'ext-id',
  url: 'https://dashboard.scalingo.com/apps/osc-fr1/shop-api-staging/settings/collaborators',
  tab: { id: 3, url: 'https://dashboard.scalingo.com/apps/osc-fr1/shop-api-staging/settings/collaborators' },
};

describe('the whole review, packed', () => {
  it('unpacks to the whole review with its names, and follows an accepted risk', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const packed = async () => unpack((await service.handle({ type: 'getReviewPacked' }))!);
    const whole = JSON.parse(JSON.stringify(await service.handle({ type: 'getReview' })));
    expect(await packed()).toEqual(whole);
    expect(whole.findings.length).toBeGreaterThan(8);
    const target = whole.findings.find((f: { state: string }) => f.state === 'open');
    await service.handle({ type: 'acceptRisk', findingId: target.id, justification: 'known contractor', days: 30 });
    const after = (await packed()) as { findings: { id: string; state: string }[] };
    expect(after.findings.find((f) => f.id === target.id)?.state).toBe('accepted');
  });

  it('is checked by the background: refused from a dashboard page, its type only', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const fromPage = await dispatch(service, { type: 'getReviewPacked' }, dashboard, ctx);
    expect(fromPage).toMatchObject({ ok: false, kind: 'forbidden' });
    const malformed = await dispatch(service, { type: 'getReviewPacked ' }, reviewPage, ctx);
    expect(malformed).toMatchObject({ ok: false, kind: 'bad_request' });
    // Nothing else in the message is read: extra fields change nothing.
    const plain = await dispatch(service, { type: 'getReviewPacked' }, reviewPage, ctx);
    const extra = await dispatch(service, { type: 'getReviewPacked', rows: 1e9, only: '__proto__' }, reviewPage, ctx);
    expect(plain.ok && extra.ok && unpack(extra.data as never)).toEqual(plain.ok && unpack(plain.data as never));
  });
});
