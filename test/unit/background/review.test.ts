import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import type { ReviewSummary } from '../../../lib/engine/summary';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// The review as the background serves it: findings under the policy, accepted risks that
// expire, and the toolbar badge that follows.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop-production'), app('blog')] },
  collaborators: [
    collaborator('shop-production', 'eve@freelance.example', { tfa_status: false }),
    collaborator('blog', 'bob@acme.example'),
  ],
};

async function connected() {
  let now = new Date('2026-11-20T12:00:00Z');
  const { deps, state } = memoryDeps(() => fakeClient(account).client);
  const badges: (ReviewSummary | null)[] = [];
  const service = createService({ ...deps, now: () => now, onReview: (s) => badges.push(s) });
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
  return { service, state, badges, setNow: (d: Date) => (now = d) };
}

describe('review in the background', () => {
  it('serves findings after a scan and tells the toolbar badge how many are urgent', async () => {
    const { service, badges } = await connected();
    const review = await service.handle({ type: 'getReview' });
    const rules = review!.findings.map((f) => `${f.rule}:${f.person?.email ?? f.app?.name}`);
    expect(rules).toEqual(
      expect.arrayContaining(['missing-2fa:eve@freelance.example', 'external-domain:eve@freelance.example']),
    );
    expect(badges.at(-1)?.urgent).toBe(review!.summary.urgent);
    expect(review!.summary.urgent).toBeGreaterThan(0);
  });

  it('accepts a risk with why, by whom and until when; it reopens when the acceptance expires', async () => {
    const { service, setNow } = await connected();
    const target = (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.rule === 'missing-2fa')!;
    const after = await service.handle({
      type: 'acceptRisk',
      findingId: target.id,
      justification: 'hardware key on order',
      days: 30,
    });
    const accepted = after!.findings.find((f) => f.id === target.id)!;
    expect(accepted).toMatchObject({
      state: 'accepted',
      acceptance: { by: 'me@acme.example', justification: 'hardware key on order' },
    });
    expect(after!.summary.accepted).toBe(1);
    setNow(new Date('2026-12-21T12:00:00Z'));
    const later = (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.id === target.id)!;
    expect(later).toMatchObject({ state: 'open', expiredAcceptance: { justification: 'hardware key on order' } });
  });

  it('refuses to accept a finding that is not in the review', async () => {
    const { service } = await connected();
    await expect(
      service.handle({ type: 'acceptRisk', findingId: 'nope', justification: 'because', days: 5 }),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('a stricter policy changes the findings and the badge at once', async () => {
    const { service, badges } = await connected();
    const before = (await service.handle({ type: 'getReview' }))!.findings.length;
    await service.handle({ type: 'savePolicy', policy: { trustedDomains: ['acme.example', 'freelance.example'] } });
    const after = await service.handle({ type: 'getReview' });
    expect(after!.findings.some((f) => f.rule === 'external-domain')).toBe(false);
    expect(after!.findings.length).toBeLessThan(before);
    expect(badges.at(-1)).toEqual(after!.summary);
  });
});
