import { describe, expect, it } from 'vitest';
import { day } from '../../../lib/engine/finding';

// Evidence dates (lib/engine/finding.ts `day`) are kept one string per day: whatever the cache
// holds, each call gives the first ten characters of what it was asked, and '?' for nothing.

describe('day', () => {
  it.each([
    ['2026-11-20T12:00:00.000Z', '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['1999-01-01T00:00:00Z', '1999-01-01'],
    ['2026/11/20T00:00:00Z', '2026/11/20'],
    ['2026-1a-20T00:00:00Z', '2026-1a-20'],
    ['2026-11', '2026-11'],
    ['', '?'],
    [null, '?'],
    [undefined, '?'],
  ])('%s → %s', (iso, expected) => {
    expect(day(iso)).toBe(expected);
  });

  it('gives each time its own day across days that share a place in the cache', () => {
    const start = Date.parse('2020-01-01T00:00:00Z');
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let i = 0; i < 5000; i++) {
      const iso = new Date(start + (next() % 3000) * 86_400_000 + (next() % 86_400_000)).toISOString();
      expect(day(iso)).toBe(iso.slice(0, 10));
    }
  });
});
