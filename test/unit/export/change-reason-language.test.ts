import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import type { Finding } from '../../../lib/engine/finding';
import { freeze } from '../../../lib/export/freeze';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { review } from '../../../lib/engine/review';
import type { ScalingoClient } from '../../../lib/scalingo/client';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import type { MockScalingo } from '../../mock-scalingo/server';
import { scannedDemo } from '../changes/scanned-demo';

// Issue #18's review, item 7: a change's reason of ours (not sent: the role changed meanwhile)
// was stored as an English sentence and copied into French packs. It is kept as words and said
// in the record's language when frozen; a record stored with a plain string still reads.

let mock: MockScalingo;
let client: ScalingoClient;
let snapshot: AccessSnapshot;
let findings: Finding[];
const now = () => new Date();
beforeEach(async () => void ({ mock, client, snapshot, findings } = await scannedDemo(now())));
afterEach(() => mock.close());

async function staleChange(): Promise<ChangeResult> {
  const f = findings.find((x) => x.rule === 'unused-full-access' && x.person?.email === 'bruno@acme.example')!;
  const decision = {
    findingId: f.id,
    kind: 'downgrade' as const,
    justification: '',
    until: null,
    decidedAt: now().toISOString(),
  };
  const item = buildPlan(snapshot, findings, [decision]).items[0]!;
  // Someone made bruno Limited on the dashboard after the scan: the write is not sent.
  mock.state.apps.find((a) => a.app.id === item.app.id)!.collaborators.find((c) => c.email === item.email)!.is_limited =
    true;
  return applyItem(client, item, now);
}

async function packs(change: ChangeResult, language: 'en' | 'fr') {
  const r = review(snapshot, parsePolicy({}), [], now());
  const record = buildRecord({
    snapshot,
    review: r,
    policy: parsePolicy({}),
    decisions: [],
    changes: [change],
    now: now(),
  });
  return freeze({ ...record, status: 'completed', language });
}

describe('a change refused by the extension, in a French pack', () => {
  it('says why in French in the Markdown and the CSV', async () => {
    const change = await staleChange();
    expect(change.status).toBe('failed');
    const { md, csv } = await packs(change, 'fr');
    for (const text of [md, csv]) {
      expect(text).toContain('Non envoyé\u00a0: Scalingo montre maintenant Limité');
      expect(text).not.toContain('Not sent');
    }
  });

  it('an older record with its reason as a plain string still reads as stored', async () => {
    const { reasonWords: _w, ...older } = await staleChange();
    const { md } = await packs({ ...older, reason: 'Not sent: an older reason.' }, 'fr');
    expect(md).toContain('Not sent: an older reason.');
  });
});
