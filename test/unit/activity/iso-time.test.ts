import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../lib/activity/iso-time';
import { seeded } from '../rules/random-snapshot';

// The summaries' own writing of times must be the Date's, to the character.

describe('isoTime', () => {
  it('writes every time as Date#toISOString does', () => {
    const rnd = seeded(14);
    const MAX = 253_402_300_799_999;
    const times = [0, -1, 1, 951_782_400_000, 4_107_542_399_999, -62_167_219_200_000, MAX, 1_709_164_800_000];
    for (let i = 0; i < 20_000; i++) times.push(Math.floor((rnd() * 2 - 0.5) * MAX));
    for (const t of times) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('leaves years outside 0000–9999 and fractions to the Date', () => {
    for (const t of [-62_167_219_200_001, 253_402_300_800_000, 1.5]) expect(isoTime(t)).toBe(new Date(t).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});
