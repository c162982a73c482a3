import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../../lib/review/history';
import { accountRows, trendOf } from '../../../lib/review/trend';

// The trend is one account's line (issue #18's hostile review): reviews another account completed
// (imported, or a shared browser) are another team's scores and never join it.

const row = (id: string, email: string, score: number, completedAt: string) =>
  ({
    id,
    reviewer: { email, username: email.split('@')[0] },
    score,
    completedAt,
    open: { P1: 0, P2: 0, P3: 0, P4: 0 },
  }) as unknown as HistoryRow;

describe('the trend of completed reviews', () => {
  it('draws only the newest review’s account, and counts the others left off', () => {
    const rows = [
      row('r4', 'alice@acme.example', 90, '2026-04-01T00:00:00Z'),
      row('r3', 'mallory@other.example', 5, '2026-03-01T00:00:00Z'),
      row('r2', 'alice@acme.example', 70, '2026-02-01T00:00:00Z'),
      row('r1', 'mallory@other.example', 1, '2026-01-01T00:00:00Z'),
    ];
    const mine = accountRows(rows);
    expect(mine).toMatchObject({ account: 'alice@acme.example', others: 2 });
    expect(trendOf(mine.rows, 100, 50).points.map((p) => [p.id, p.score])).toEqual([
      ['r2', 70],
      ['r4', 90],
    ]);
  });

  it('has nothing to draw for an empty history', () => {
    expect(accountRows([])).toEqual({ account: null, rows: [], others: 0 });
  });
});
