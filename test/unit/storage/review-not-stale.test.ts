import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The review page's opening is served from what the worker keeps (the parsed snapshot while its
// stamp stays, the review while its inputs stay: issue #19); whatever the page then changes —
// a decision, an accepted risk, the policy, a new scan — the next getReview is the review of the
// inputs as stored now, never the one kept from before.

vi.mock('../../../lib/storage/idb', async () => ({ idb: (await import('./map-idb')).mapIdb }));
const { records } = await import('./map-idb');
const { browserStore } = await import('../../../lib/background/browser-store');
const { serviceOnBrowserStore } = await import('./browser-store-service');

beforeEach(async () => {
  records.clear();
  fakeBrowser.reset();
  await browserStore.setSnapshot(null);
});

type Service = Awaited<ReturnType<typeof serviceOnBrowserStore>>['service'];
const reviewOf = async (service: Service) => (await service.handle({ type: 'getReview' }))!;

describe('the review after a change, through the browser store', () => {
  it('follows a decision, an accepted risk, the policy and a new scan', async () => {
    const { mock, service } = await serviceOnBrowserStore();
    try {
      const first = await reviewOf(service);
      expect(await reviewOf(service)).toBe(first); // kept while nothing changed
      const [a, b] = first.findings.filter((f) => f.state === 'open');

      const why = 'contracted until March';
      await service.handle({
        type: 'decide',
        decision: { findingId: a!.id, kind: 'keep', justification: why, until: null },
      });
      expect((await reviewOf(service)).findings.find((f) => f.id === a!.id)?.state).toBe('accepted');

      await service.handle({ type: 'acceptRisk', findingId: b!.id, justification: 'known', days: 30 });
      expect((await reviewOf(service)).findings.find((f) => f.id === b!.id)?.state).toBe('accepted');
      await service.handle({ type: 'reopenRisk', findingId: b!.id });
      expect((await reviewOf(service)).findings.find((f) => f.id === b!.id)?.state).toBe('open');

      const domainOf = (f: (typeof first.findings)[number]) => f.person!.email.split('@')[1]!;
      const external = first.findings.filter((f) => f.rule === 'external-domain').map(domainOf);
      expect(external.length).toBeGreaterThan(0);
      await service.handle({ type: 'savePolicy', policy: { trustedDomains: [external[0]!] } });
      const trusted = await reviewOf(service);
      expect(trusted.findings.filter((f) => f.rule === 'external-domain').map(domainOf)).not.toContain(external[0]);

      // Someone removed behind the extension's back: after the next scan, no finding about them there.
      const gone = trusted.findings.find((f) => f.app && f.person && f.person.collaboratorId)!;
      const entry = mock.state.apps.find((x) => x.app.id === gone.app!.id)!;
      entry.collaborators = entry.collaborators.filter((c) => c.email !== gone.person!.email);
      await service.handle({ type: 'scan', force: true });
      await service.idle();
      const rescanned = await reviewOf(service);
      expect(rescanned.findings.some((f) => f.id === gone.id)).toBe(false);
    } finally {
      await mock.close();
    }
  });
});
