import { describe, expect, it, vi } from 'vitest';
import { reviewMemo } from '../../../lib/background/review-memo';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';

// The background computes a review once for the same inputs within a minute (the review page's
// opening with 5,000 findings, issue #19), and again as soon as any input differs.

type Inputs = Parameters<typeof review>;
const s = () => snapshot([app('web')], [person('web', 'eve@gmail.com', { tfa: false })]);
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('the review, computed once while its inputs stay the same', () => {
  it('serves the same review for equal inputs read anew, within the minute', () => {
    const compute = vi.fn(review);
    const memo = reviewMemo(compute);
    const first = memo(s(), parsePolicy({}), [], NOW);
    expect(memo(s(), parsePolicy({}), [], later(20_000))).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(first).toEqual(review(s(), parsePolicy({}), [], NOW));
  });

  it.each([
    ['another minute', () => [s(), parsePolicy({}), [], later(61_000)] as Inputs],
    ['a changed snapshot', () => [{ ...s(), assignments: [] }, parsePolicy({}), [], NOW] as Inputs],
    ['another policy', () => [s(), parsePolicy({ trustedDomains: ['gmail.com'] }), [], NOW] as Inputs],
    [
      'an accepted risk',
      () =>
        [
          s(),
          parsePolicy({}),
          [
            {
              findingId: 'x',
              justification: 'ok',
              by: 'me',
              acceptedAt: NOW.toISOString(),
              expiresAt: later(1e9).toISOString(),
            },
          ],
          NOW,
        ] as Inputs,
    ],
  ])('computes again for %s', (_, next) => {
    const compute = vi.fn(review);
    const memo = reviewMemo(compute);
    memo(s(), parsePolicy({}), [], NOW);
    const [snap, policy, acceptances, now] = next();
    const again = memo(snap, policy, [...acceptances], now);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(again).toEqual(review(snap, policy, [...acceptances], now));
  });
});
