import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../lib/engine/same-value';
import { randomSnapshot, seeded } from './random-snapshot';

// The incremental engine keeps an app's findings when its copy holds the same data
// (lib/engine/same-value.ts): a copy is the same, any change anywhere in it is not.

describe('sameValue', () => {
  it('holds for a copy of a whole account, and fails for a change at any depth', () => {
    const s = randomSnapshot(seeded(21));
    expect(sameValue(s, structuredClone(s))).toBe(true);
    const copy = structuredClone(s);
    const someone = copy.assignments.find((a) => a.activity)!;
    someone.activity = { ...someone.activity!, actions: someone.activity!.actions + 1 };
    expect(sameValue(s, copy)).toBe(false);
  });

  it('tells arrays from objects, lengths and types apart; an absent key reads as undefined', () => {
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
  });
});
