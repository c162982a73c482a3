import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import type { Finding } from '../../../lib/engine/finding';
import { review } from '../../../lib/engine/review';
import { freeze } from '../../../lib/export/freeze';
import { LABELS } from '../../../lib/export/markdown-labels';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import type { ScalingoClient } from '../../../lib/scalingo/client';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import type { MockScalingo } from '../../mock-scalingo/server';
import { scannedDemo } from '../changes/scanned-demo';
import { parseCsv } from './parse-csv';

// A done change can be undone while the review is in progress; completing moves it into the
// history, where nothing undoes it. The completed packs say so; a draft still offers the undo.
// The Markdown's last column holds the undo: it is headed "Undo", not "Undone".

let mock: MockScalingo;
let client: ScalingoClient;
let snapshot: AccessSnapshot;
let findings: Finding[];
const now = () => new Date();
beforeEach(async () => void ({ mock, client, snapshot, findings } = await scannedDemo(now())));
afterEach(() => mock.close());

async function doneChange(): Promise<ChangeResult> {
  const f = findings.find((x) => x.rule === 'unused-full-access' && x.person?.email === 'bruno@acme.example')!;
  const decision = { findingId: f.id, kind: 'downgrade' as const, justification: '', until: null, decidedAt: '' };
  return applyItem(client, buildPlan(snapshot, findings, [decision]).items[0]!, now);
}

/** The Markdown's changes section alone. */
function changesOf(md: string, language: 'en' | 'fr') {
  const from = md.indexOf(`## ${LABELS[language].changes}`);
  const to = md.indexOf('\n## ', from);
  return md.slice(from, to < 0 ? undefined : to);
}

async function packs(change: ChangeResult, language: 'en' | 'fr', status: 'completed' | 'draft') {
  const r = review(snapshot, parsePolicy({}), [], now());
  const record = buildRecord({
    snapshot,
    review: r,
    policy: parsePolicy({}),
    decisions: [],
    changes: [change],
    now: now(),
  });
  return freeze({ ...record, status, language });
}

describe('the undo of a change in the exports', () => {
  it.each([
    ['en', '| Undo |', '| no longer available after completion: PATCH '],
    ['fr', '| Annulation |', '| plus possible après la clôture\u00a0: PATCH '],
  ] as const)('a completed %s pack says the undo is no longer available', async (language, head, cell) => {
    const change = await doneChange();
    expect(change.status).toBe('done');
    const { md, csv } = await packs(change, language, 'completed');
    const changes = changesOf(md, language);
    expect(changes).toContain(head);
    expect(changes).toContain(cell);
    expect(changes).not.toMatch(/\| (available|possible)/);
    const [h, ...rows] = parseCsv(csv);
    const undo = rows.filter((r) => r[h!.indexOf('row')] === 'change').map((r) => r[h!.indexOf('undo')]);
    expect(undo).toEqual([expect.stringMatching(/^no longer available after completion: PATCH /)]);
  });

  it('a draft still offers the undo', async () => {
    const { md, csv } = await packs(await doneChange(), 'en', 'draft');
    expect(changesOf(md, 'en')).toContain('| available: PATCH ');
    const [h, ...rows] = parseCsv(csv);
    const undo = rows.filter((r) => r[h!.indexOf('row')] === 'change').map((r) => r[h!.indexOf('undo')]);
    expect(undo).toEqual([expect.stringMatching(/^available: PATCH /)]);
  });
});
