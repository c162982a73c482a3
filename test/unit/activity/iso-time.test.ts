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

  it('writes the right date when times go back and forth across days (the date of the last day asked is kept)', () => {
    const start = Date.parse('2024-02-27T21:00:00.000Z');
    const times: number[] = [];
    for (let h = 0; h < 24 * 5; h += 5)
      times.push(start + h * 3_600_000 + 7, start - h * 3_600_000 + 999, start + h * 3_600_000);
    for (const t of times) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('keeps days that share a slot of its date cache apart (128 days apart, and before 1970)', () => {
    const day = 86_400_000;
    const base = Date.parse('2026-11-20T12:34:56.789Z');
    const times = [base, base + 128 * day, base - 128 * day, -128 * day + 5, 5, base + 256 * day + 1, base];
    for (const t of [...times, ...times.reverse()]) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('leaves years outside 0000–9999 and fractions to the Date', () => {
    for (const t of [-62_167_219_200_001, 253_402_300_800_000, 1.5]) expect(isoTime(t)).toBe(new Date(t).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});
