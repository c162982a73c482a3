import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_MAX } from '../../../lib/review/history';
import { freeze } from '../../../lib/export/freeze';
import type { HistoryEntry } from '../../../lib/review/record';
import { transferFile } from '../../../lib/transfer/file';
import { connectedService } from './connected-service';

// An auditor's history is never silently cut: every completed review stays. At the most this
// browser keeps (as many as an import takes), completing and importing are refused, with the
// reason, before anything is lost (issue #18).

let ctx: Awaited<ReturnType<typeof connectedService>>;
beforeEach(async () => void (ctx = await connectedService()));
afterEach(() => ctx.mock.close());

/** `n` completed reviews before the first one completed here, one a day. */
async function pastReviews(n: number): Promise<HistoryEntry[]> {
  await ctx.service.handle({ type: 'completeReview' });
  const model = ctx.state.history[0]!;
  return Array.from({ length: n }, (_, i) => ({
    ...model,
    id: `review-past-${i}`,
    completedAt: new Date(Date.UTC(1990, 0, 1 + i)).toISOString(),
  }));
}

describe('the history keeps every completed review', () => {
  it('with 250 reviews already kept, completing one more keeps all 251, the oldest first', async () => {
    ctx.state.history = await pastReviews(250);
    await ctx.service.handle({ type: 'completeReview' });
    expect(ctx.state.history).toHaveLength(251);
    expect(ctx.state.history[0]!.id).toBe('review-past-0');
    expect(await ctx.service.handle({ type: 'getHistory' })).toHaveLength(251);
  });

  it('at the most kept, completing is refused with the reason, and the decisions and history stay', async () => {
    ctx.state.history = await pastReviews(HISTORY_MAX);
    const open = (await ctx.service.handle({ type: 'getReview' }))!.findings.find((f) => f.state === 'open')!;
    await ctx.service.handle({
      type: 'decide',
      decision: { findingId: open.id, kind: 'revoke', justification: '', until: null },
    });
    await expect(ctx.service.handle({ type: 'completeReview' })).rejects.toThrow(/at most 10,000 completed reviews/);
    expect(ctx.state.history).toHaveLength(HISTORY_MAX);
    expect(ctx.state.history[0]!.id).toBe('review-past-0');
    expect(ctx.state.decisions.map((d) => d.findingId)).toEqual([open.id]);
  });

  it('an import that would pass the most imported kept is refused whole', async () => {
    const here = (await pastReviews(HISTORY_MAX - 1)).map((h) => ({ ...h, imported: true as const }));
    ctx.state.history = here;
    // Two reviews completed elsewhere, frozen as they would be there (their bytes check out).
    const there = await Promise.all(
      here.slice(-2).map(async ({ frozen: _f, imported: _i, ...record }, i) => {
        const other = { ...record, id: `review-there-${i}` };
        return { ...other, frozen: await freeze(other) };
      }),
    );
    const text = transferFile({ history: there, policy: ctx.state.policy, decisions: [], acceptances: [] }, new Date());
    const importing = { type: 'importTransfer' as const, text, replacePolicy: false, dryRun: false };
    await expect(ctx.service.handle(importing)).rejects.toThrow(/at most 10,000 imported reviews/);
    expect(ctx.state.history).toBe(here);
  });
});
