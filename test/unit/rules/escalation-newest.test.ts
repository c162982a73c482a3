import { describe, expect, it } from 'vitest';
import { newestOf } from '../../../lib/rules/escalation';

// Escalation's evidence shows a person's five newest management events: the same five, in the
// same order, as a stable sort newest first over the whole list would show (ties keep the list's order).

const at = (day: number, tag: string) => ({ at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`, tag });
const bySort = <T extends { at: string }>(list: T[], n: number) =>
  [...list].sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0)).slice(0, n);

describe('newestOf', () => {
  it.each([
    ['oldest first', [at(1, 'a'), at(2, 'b'), at(3, 'c'), at(4, 'd'), at(5, 'e'), at(6, 'f'), at(7, 'g')]],
    ['newest first', [at(7, 'a'), at(6, 'b'), at(5, 'c'), at(1, 'd')]],
    ['ties across the cut', [at(3, 'a'), at(5, 'b'), at(3, 'c'), at(5, 'd'), at(3, 'e'), at(3, 'f'), at(9, 'g')]],
    ['all equal', [at(2, 'a'), at(2, 'b'), at(2, 'c'), at(2, 'd'), at(2, 'e'), at(2, 'f')]],
    ['empty', []],
  ])('%s', (_name, list) => {
    expect(newestOf(list, 5).map((m) => m.tag)).toEqual(bySort(list, 5).map((m) => m.tag));
  });

  it('agrees with the sort on random lists, and never changes its input', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let run = 0; run < 200; run++) {
      const list = Array.from({ length: next() % 12 }, (_, i) => at(1 + (next() % 6), `t${i}`));
      const copy = [...list];
      expect(newestOf(list, 5)).toEqual(bySort(list, 5));
      expect(list).toEqual(copy);
    }
  });
});
