import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A "keep" decided on the review page, through the browser store (over a map standing in for
// IndexedDB: Node has none, lib/storage/idb.ts has its own test): it is stored, outlasts the
// completion and a rescan, and the finding is open again once the review period ends. Also the
// store's own fill: a reasoned keep stored without its acceptance (older bulk keeps) reads as kept.

vi.mock('../../../lib/storage/idb', async () => ({ idb: (await import('./map-idb')).mapIdb }));
const { records } = await import('./map-idb');

const { browserStore } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { serviceOnBrowserStore } = await import('./browser-store-service');

const DAY = 86_400_000;
let clock = new Date();
const started = () => serviceOnBrowserStore(() => clock);

const finding = async (service: Awaited<ReturnType<typeof started>>['service'], id: string) =>
  (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.id === id)!;

beforeEach(() => {
  records.clear();
  fakeBrowser.reset();
  clock = new Date();
});

describe('a keep in the browser store', () => {
  it('survives completion and a rescan, then comes back open after the review period', async () => {
    const { mock, service } = await started();
    try {
      const open = (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.state === 'open')!;
      const why = 'contracted until March';
      await service.handle({
        type: 'decide',
        decision: { findingId: open.id, kind: 'keep', justification: why, until: null },
      });
      expect(records.get(RECORDS.acceptances)).toEqual([
        expect.objectContaining({ findingId: open.id, kind: 'kept', justification: why }),
      ]);

      await service.handle({ type: 'completeReview' });
      await service.handle({ type: 'scan', force: true });
      await service.idle();
      const kept = await finding(service, open.id);
      expect(kept.state).toBe('accepted');
      expect(kept.acceptance).toMatchObject({ kind: 'kept', justification: why });

      const period = (await browserStore.getPolicy()).reviewPeriodDays;
      clock = new Date(clock.getTime() + (period + 1) * DAY);
      const back = await finding(service, open.id);
      expect(back.state).toBe('open');
      expect(back.expiredAcceptance).toMatchObject({ kind: 'kept' });
    } finally {
      await mock.close();
    }
  });

  it('fills the acceptance of a reasoned keep stored without one, for the period from its date', async () => {
    const { mock, service } = await started();
    try {
      const open = (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.state === 'open')!;
      const decidedAt = new Date(clock.getTime() - 10 * DAY).toISOString();
      records.set(RECORDS.decisions, [
        { findingId: open.id, kind: 'keep', justification: 'on call', until: null, decidedAt },
      ]);
      records.delete(RECORDS.acceptances);

      const period = (await browserStore.getPolicy()).reviewPeriodDays;
      const [filled] = await browserStore.getAcceptances();
      expect(filled).toMatchObject({ findingId: open.id, kind: 'kept', acceptedAt: decidedAt });
      expect(Date.parse(filled!.expiresAt)).toBe(Date.parse(decidedAt) + period * DAY);
      expect((await finding(service, open.id)).state).toBe('accepted');

      clock = new Date(Date.parse(decidedAt) + (period + 1) * DAY);
      expect((await finding(service, open.id)).state).toBe('open');
    } finally {
      await mock.close();
    }
  });
});
