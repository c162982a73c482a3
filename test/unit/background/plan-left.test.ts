import { afterEach, expect, it } from 'vitest';
import { connectedService } from './connected-service';

// After applying, previewing again plans nothing already sent, and says so for each decision.

let ctx: Awaited<ReturnType<typeof connectedService>>;
afterEach(() => ctx.mock.close());

it('a decision already applied is left out of the next plan as applied, not planned twice', async () => {
  ctx = await connectedService({ allowChanges: true });
  const findings = (await ctx.service.handle({ type: 'getReview' }))!.findings;
  const bruno = findings.find((f) => f.rule === 'unused-full-access' && f.person?.email === 'bruno@acme.example')!;
  await ctx.service.handle({
    type: 'decide',
    decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
  });
  const plan = await ctx.service.handle({ type: 'previewPlan' });
  await ctx.service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true });
  await ctx.service.idle();
  const again = await ctx.service.handle({ type: 'previewPlan' });
  expect(again.items).toEqual([]);
  expect(again.skipped).toEqual([{ findingId: bruno.id, reason: 'applied' }]);
});
