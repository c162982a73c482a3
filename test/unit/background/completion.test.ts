import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../../lib/scalingo/errors';
import { connectedService } from './connected-service';

// Completing a review: what lasts (a reasoned keep, for the policy's review period), what the
// fallback records for undecided findings, and the history's frozen, re-exportable entry.

let ctx: Awaited<ReturnType<typeof connectedService>>;
beforeEach(async () => {
  ctx = await connectedService();
});
afterEach(() => ctx.mock.close());

const findings = async () => (await ctx.service.handle({ type: 'getReview' }))!.findings;

describe('completing a review', () => {
  it('a reasoned keep outlasts the completion for the review period; the fallback keeps nothing hidden', async () => {
    await ctx.service.handle({ type: 'savePolicy', policy: { reviewPeriodDays: 30 } });
    const [kept, other] = (await findings()).filter((f) => f.state === 'open');
    await ctx.service.handle({
      type: 'decide',
      decision: { findingId: kept!.id, kind: 'keep', justification: 'contracted until March', until: null },
    });
    const record = await ctx.service.handle({ type: 'completeReview', fallback: 'keep' });

    const after = await findings();
    const keptNow = after.find((f) => f.id === kept!.id)!;
    expect(keptNow.state).toBe('accepted');
    expect(keptNow.acceptance).toMatchObject({ kind: 'kept', justification: 'contracted until March' });
    const days = (Date.parse(keptNow.acceptance!.expiresAt) - Date.parse(keptNow.acceptance!.acceptedAt)) / 86_400_000;
    expect(days).toBe(30);
    // Kept by fallback: recorded as such, and still open for the next review.
    expect(after.find((f) => f.id === other!.id)!.state).toBe('open');
    const fallback = record.decisions.find((d) => d.findingId === other!.id)!;
    expect(fallback).toMatchObject({ kind: 'keep', fallback: true, justification: '' });
    expect((await ctx.service.handle({ type: 'getSession' })).decisions).toEqual([]);
  });

  it('the history lists it, and exports it again as the same bytes with its SHA-256', async () => {
    const record = await ctx.service.handle({ type: 'completeReview' });
    const [row] = await ctx.service.handle({ type: 'getHistory' });
    expect(row).toMatchObject({ id: record.id, reviewer: { email: 'alice@acme.example' } });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const once = await ctx.service.handle({ type: 'exportHistory', id: record.id, format: 'md' });
    const again = await ctx.service.handle({ type: 'exportHistory', id: record.id, format: 'md' });
    expect(again.text).toBe(once.text);
    expect(once.text).toContain(row!.sha256!);
    await expect(ctx.service.handle({ type: 'exportHistory', id: 'review-0', format: 'md' })).rejects.toThrow(
      'not in the history',
    );
  });
});

// An auditor signs what a completed review shows: never a scan that has not read every app.
describe('completing from a partial scan', () => {
  it.each([false, true])(
    'is refused, naming the apps not read (stopped: %s), and keeps the decisions',
    async (cancelled) => {
      const [open] = (await ctx.service.handle({ type: 'getReview' }))!.findings.filter((f) => f.state === 'open');
      await ctx.service.handle({
        type: 'decide',
        decision: { findingId: open!.id, kind: 'keep', justification: 'contracted until March', until: null },
      });
      const whole = ctx.state.snapshot!;
      const pending = whole.apps.slice(0, 3).map((a) => `${a.region}/${a.id}`);
      ctx.state.snapshot = { ...whole, partial: { pending, cancelled } };

      const error = await ctx.service.handle({ type: 'completeReview' }).catch((e: unknown) => e);
      expect(toErrorPayload(error).message).toMatch(/apps not read yet: 3\).*before completing/);
      expect(await ctx.service.handle({ type: 'getHistory' })).toEqual([]);
      expect((await ctx.service.handle({ type: 'getSession' })).decisions.map((d) => d.findingId)).toEqual([open!.id]);

      ctx.state.snapshot = whole;
      await ctx.service.handle({ type: 'completeReview' });
      expect(await ctx.service.handle({ type: 'getHistory' })).toHaveLength(1);
    },
  );
});
