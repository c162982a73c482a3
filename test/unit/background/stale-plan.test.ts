import { afterEach, expect, it } from 'vitest';
import { connectedService } from './connected-service';

// A plan previewed earlier is applied only while it is still what the decisions ask: changing a
// decision, undeciding or completing the review after the preview leaves nothing to confirm.

let ctx: Awaited<ReturnType<typeof connectedService>>;
afterEach(() => ctx.mock.close());

const deletes = () => ctx.mock.log().filter((e) => e.method === 'DELETE');
const brunoUnused = async () =>
  (await ctx.service.handle({ type: 'getReview' }))!.findings.find(
    (f) => f.rule === 'unused-full-access' && f.person?.email === 'bruno@acme.example',
  )!;
const decide = (findingId: string, kind: 'revoke' | 'keep', justification = '') =>
  ctx.service.handle({ type: 'decide', decision: { findingId, kind, justification, until: null } });

it('a revoke changed to keep after the preview, then completed, sends no DELETE when the old plan is confirmed', async () => {
  ctx = await connectedService({ allowChanges: true });
  const bruno = await brunoUnused();
  await decide(bruno.id, 'revoke');
  const plan = await ctx.service.handle({ type: 'previewPlan' });
  expect(plan.items.map((i) => i.kind)).toEqual(['revoke']);
  await decide(bruno.id, 'keep', 'contracted until March');
  await ctx.service.handle({ type: 'completeReview' });
  await expect(ctx.service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true })).rejects.toMatchObject({
    kind: 'refused',
  });
  expect(deletes()).toEqual([]);
});

it('a plan whose decisions changed is refused with a reason in the reviewer words, even if still the last previewed', async () => {
  ctx = await connectedService({ allowChanges: true });
  const bruno = await brunoUnused();
  await decide(bruno.id, 'revoke');
  const plan = await ctx.service.handle({ type: 'previewPlan' });
  await ctx.service.handle({ type: 'undecide', findingId: bruno.id });
  await expect(ctx.service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true })).rejects.toMatchObject({
    kind: 'refused',
    message: expect.stringMatching(/preview it again/i),
    refusal: { key: 'plan.refused.changed' },
  });
  expect(deletes()).toEqual([]);
});
