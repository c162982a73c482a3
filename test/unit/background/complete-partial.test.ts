import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../../lib/scalingo/errors';
import { connectedService } from './connected-service';

// An auditor signs what a completed review shows: a review completed from a scan that has not
// read every app (still running, or stopped) would miss apps without saying so. Completing is
// refused until a whole scan is stored, and nothing of the review in progress is lost.

let ctx: Awaited<ReturnType<typeof connectedService>>;
beforeEach(async () => {
  ctx = await connectedService();
});
afterEach(() => ctx.mock.close());

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
