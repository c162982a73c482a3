import { afterEach, beforeEach } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import type { ChangeResult, PlanItem } from '../../../lib/changes/plan-item';
import { review } from '../../../lib/engine/review';
import { freeze } from '../../../lib/export/freeze';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import type { MockScalingo } from '../../mock-scalingo/server';
import { scannedDemo } from '../changes/scanned-demo';

// The exports of a review holding one change: the demo account scanned on the mock Scalingo
// before each test, bruno's downgrade applied through the real client (or refused, when the test
// changes Scalingo first), and the packs frozen from a record with that change.

type Demo = Awaited<ReturnType<typeof scannedDemo>>;

export function demoWithOneChange() {
  let demo: Demo;
  const now = () => new Date();
  beforeEach(async () => void (demo = await scannedDemo(now())));
  afterEach(() => demo.mock.close());

  /** Bruno's suggested downgrade applied; `meanwhile` changes Scalingo between plan and write. */
  async function brunoDowngrade(meanwhile?: (mock: MockScalingo, item: PlanItem) => void): Promise<ChangeResult> {
    const { snapshot, findings, client, mock } = demo;
    const f = findings.find((x) => x.rule === 'unused-full-access' && x.person?.email === 'bruno@acme.example')!;
    const decision = { findingId: f.id, kind: 'downgrade' as const, justification: '', until: null, decidedAt: '' };
    const item = buildPlan(snapshot, findings, [decision]).items[0]!;
    meanwhile?.(mock, item);
    return applyItem(client, item, now);
  }

  /** The frozen packs of a review whose one change is `change`. */
  async function packs(change: ChangeResult, language: 'en' | 'fr', status: 'completed' | 'draft' = 'completed') {
    const policy = parsePolicy({});
    const { snapshot } = demo;
    const record = buildRecord({
      snapshot,
      review: review(snapshot, policy, [], now()),
      policy,
      decisions: [],
      changes: [change],
      now: now(),
    });
    return freeze({ ...record, status, language });
  }

  return { brunoDowngrade, packs };
}
