import { describe, expect, it } from 'vitest';
import { FINAL, READS_OWN, READS_PARENT, TOKENS } from '../../../lib/engine/provisional';
import { CATALOGUE } from '../../../lib/rules/index';

// lib/engine/provisional.ts says, rule by rule, what a pending app can still change in its
// findings: every rule of the catalogue is in exactly one of its lists, so that a new rule is
// placed on purpose (a rule reading events left out would stream findings the report drops).

describe('the provisional lists', () => {
  it('place every rule of the catalogue in exactly one list, and no other id', () => {
    const lists = [READS_OWN, READS_PARENT, FINAL, TOKENS];
    for (const { meta } of CATALOGUE)
      expect([meta.id, lists.filter((l) => l.has(meta.id)).length]).toEqual([meta.id, 1]);
    const ids = new Set(CATALOGUE.map((r) => r.meta.id));
    expect(lists.flatMap((l) => [...l]).filter((id) => !ids.has(id))).toEqual([]);
  });
});
