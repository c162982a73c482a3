import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import type { HistoryEntry } from '../../../lib/review/record';
import { byCompletion } from '../../../lib/review/history';
import { mergeTransfer } from '../../../lib/transfer/merge';
import type { TransferFile } from '../../../lib/transfer/file';

// Completed reviews are listed in the order they were completed, whatever time zone a file wrote
// its times in: 23:00 at UTC+2 came before 22:00 UTC (issue #18's history and its "since" baseline).

const entry = (id: string, completedAt: string) => ({ id, completedAt }) as unknown as HistoryEntry;
const policy = parsePolicy({});

describe('history order', () => {
  it('an imported review completed at 23:00+02:00 goes before one completed here at 22:00 UTC', () => {
    const file = {
      format: 'scalingo-access-review/transfer',
      version: 1,
      exportedAt: '2026-12-01T00:00:00.000Z',
      history: [entry('paris', '2026-11-30T23:00:00+02:00')],
      policy,
      decisions: [],
      acceptances: [],
    } as unknown as TransferFile;
    const state = { history: [entry('utc', '2026-11-30T22:00:00.000Z')], policy, decisions: [], acceptances: [] };
    const { next } = mergeTransfer(state, file, false);
    expect(next.history.map((e) => e.id)).toEqual(['paris', 'utc']);
  });

  it('sorts by the instant, and a time that cannot be read last', () => {
    const rows = [
      { completedAt: '2026-11-30T22:00:00Z' },
      { completedAt: 'not a date' },
      { completedAt: '2026-11-30T23:30:00+02:00' },
    ];
    expect(rows.sort(byCompletion).map((r) => r.completedAt)).toEqual([
      '2026-11-30T23:30:00+02:00',
      '2026-11-30T22:00:00Z',
      'not a date',
    ]);
  });
});
