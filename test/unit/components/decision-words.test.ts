import { describe, expect, it } from 'vitest';
import { decisionWords } from '../../../components/review/FindingTable';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import { localDate } from '../../../lib/ui/time';

// A decided "accept" row says until when, as a date in the interface's words, never "until…".

describe('decision words in the table', () => {
  it('shows the date an accepted risk runs until', () => {
    const f = { id: 'x', state: 'open' } as ReviewedFinding;
    const words = decisionWords(f, {
      findingId: 'x',
      kind: 'accept',
      justification: 'legacy app, retired in March',
      until: '2027-03-01',
      decidedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(words).not.toContain('…');
    expect(words).toContain(localDate('2027-03-01'));
  });
});
