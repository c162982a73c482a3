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

it('a plan the scan no longer supports is refused in the reviewer words, though still the last previewed', async () => {
  ctx = await connectedService({ allowChanges: true });
  const bruno = await brunoUnused();
  await decide(bruno.id, 'revoke');
  const plan = await ctx.service.handle({ type: 'previewPlan' });
  // Removed from the dashboard meanwhile; the rescan shows it, the old plan still names the DELETE.
  const web = ctx.mock.state.apps.find((a) => a.app.name === bruno.app!.name)!;
  web.collaborators = web.collaborators.filter((c) => c.email !== 'bruno@acme.example');
  await ctx.service.handle({ type: 'scan', force: true });
  await ctx.service.idle();
  await expect(ctx.service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true })).rejects.toMatchObject({
    kind: 'refused',
    message: expect.stringMatching(/preview it again/i),
    refusal: { key: 'plan.refused.changed' },
  });
  expect(deletes()).toEqual([]);
});
