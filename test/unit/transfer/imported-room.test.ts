import { describe, expect, it, vi } from 'vitest';
import { refusalText, type Refusal } from '../../../lib/review/refusal';
import { RefusedError } from '../../../lib/review/refusal';
import { connectedService } from '../background/connected-service';
import { completedExport } from './completed-export';

// Issue #18's hostile review (h18v), item 3: a file of self-consistent fake reviews filled the
// history to its bound, and completing a real review was refused for good. The bound on completing
// counts the reviews completed in this browser; imported ones are marked as such and bounded apart.
// The bound is 3 here (10,000 in the extension) so that the files stay small.

vi.mock('../../../lib/review/history', async (actual) => ({
  ...(await actual<typeof import('../../../lib/review/history')>()),
  HISTORY_MAX: 3,
}));

const full = completedExport(3);
const more = completedExport(1);

async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RefusedError);
  return (error as RefusedError).refusal;
}

describe('reviews imported up to the bound', () => {
  it('leave completing open, are marked imported, and a file past the bound is refused', async () => {
    const target = await connectedService();
    try {
      await target.service.handle({ type: 'importTransfer', text: full(), replacePolicy: false, dryRun: false });
      await target.service.handle({ type: 'completeReview' });
      const rows = await target.service.handle({ type: 'getHistory' });
      expect(rows.map((r) => r.imported)).toEqual([false, true, true, true]);
      const refused = await refusalOf(
        target.service.handle({ type: 'importTransfer', text: more(), replacePolicy: false, dryRun: true }),
      );
      expect(refused.key).toBe('refusal.historyFull.imported');
      expect(refusalText(refused)).toContain('imported reviews and would hold 4');
    } finally {
      await target.mock.close();
    }
  });
});
