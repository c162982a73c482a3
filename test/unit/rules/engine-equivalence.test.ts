import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { build } from '../../../bench/rules-bench';
import { summarise } from '../../../lib/activity/summary';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { CASE_POLICIES, type FrozenCases } from './frozen/cases';

// The engine's speed work (issue 14, item 6) must not change a single finding. The expected
// reviews were written by frozen/freeze.ts from the engine as it was before that work, and are
// not re-computed here: the demo account scanned from the mock, the demo mid-scan (provisional
// marks), seeded random accounts (own access on others' apps, review apps, SCM links, tokens),
// and the bench's generated 1k-assignment account, each under the default and a strict policy,
// with a live, an expired and a kept acceptance.

const frozen = JSON.parse(
  gunzipSync(readFileSync(new URL('./frozen/engine-cases.json.gz', import.meta.url))).toString('utf8'),
) as FrozenCases;

describe('the engine gives the frozen reviews', () => {
  it.each(frozen.reviews.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = review(c.snapshot, parsePolicy(CASE_POLICIES[c.policy]), c.acceptances, new Date(c.now));
    // Same findings in the same order, field by field, and the same counts and score.
    expect(got.findings.map((f) => f.id)).toEqual(c.result.findings.map((f) => f.id));
    expect(JSON.parse(JSON.stringify(got))).toEqual(c.result);
  });

  it('summarises the bench account’s stored events as before', () => {
    const NOW = Date.parse('2026-11-20T12:00:00Z');
    const { snapshot, records } = build(1000);
    const got = snapshot.assignments.map((a) => {
      const record = records.get(a.appId);
      return record ? summarise(record, a, NOW - 90 * 86_400_000) : null;
    });
    expect(JSON.parse(JSON.stringify(got))).toEqual(frozen.summaries[0]!.activities);
  });
});
