import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignReviewApps } from '../../../lib/changes/align-review-apps';
import { buildPlan } from '../../../lib/changes/plan';
import { parsePolicy } from '../../../lib/policy';
import { review, type Review } from '../../../lib/engine/review';
import { checkAllowed } from '../../../lib/scalingo/allowlist';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// "Align the review apps with their parent" on the demo account: every call comes from the
// usual plan (allowlisted collaborator writes), only on review apps, and never deletes an app.

let mock: MockScalingo;
let snapshot: AccessSnapshot;
let reviewed: Review;
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const client = new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
  });
  snapshot = (await scanAccount(client)).snapshot;
  reviewed = review(snapshot, parsePolicy({}), [], new Date());
});
afterAll(() => mock.close());

const decidedAt = new Date().toISOString();
const planOf = (decisions: ReturnType<typeof alignReviewApps>) =>
  buildPlan(
    snapshot,
    reviewed.findings,
    decisions.map((d) => ({ ...d, decidedAt })),
  );

describe('align the review apps with their parent', () => {
  it('removes who the parent no longer grants, downgrades who it grants as Limited, empties old review apps', () => {
    const plan = planOf(alignReviewApps(reviewed.findings, []));
    expect(plan.items.map((i) => `${i.kind} ${i.app.name} ${i.email}`).sort()).toEqual([
      'downgrade shop-api-production-pr42 hugo@acme.example',
      'revoke shop-api-production-pr42 ines@acme.example',
      'revoke shop-frontend-pr7 bruno@acme.example',
      'revoke shop-frontend-pr7 chloe@acme.example',
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it("plans nothing on a review app whose parent's collaborators were not read", () => {
    const parent = snapshot.apps.find((a) => a.name === 'shop-api-production')!;
    const unread: AccessSnapshot = {
      ...snapshot,
      assignments: snapshot.assignments.filter((a) => a.appId !== parent.id || a.role === 'owner'),
      errors: [{ scope: 'app', region: parent.region, app: parent.name, kind: 'network', message: 'reset' }],
    };
    const findings = review(unread, parsePolicy({}), [], new Date()).findings;
    const plan = buildPlan(
      unread,
      findings,
      alignReviewApps(findings, []).map((d) => ({ ...d, decidedAt })),
    );
    expect(plan.items.filter((i) => i.app.name === 'shop-api-production-pr42')).toEqual([]);
  });

  it('builds only allowlisted collaborator writes, never the deletion of an app', () => {
    const plan = planOf(alignReviewApps(reviewed.findings, []));
    for (const { call } of plan.items) {
      expect(checkAllowed(call.method, call.path)).toEqual({ write: true });
      expect(call.path).toMatch(/^\/v1\/apps\/[^/]+\/collaborators\/[^/]+$/);
    }
    const parents = new Set(snapshot.apps.filter((a) => a.parentAppName === null).map((a) => a.id));
    expect(plan.items.filter((i) => parents.has(i.app.id))).toEqual([]);
  });

  it('leaves alone the findings the reviewer already decided, and those accepted as risks', () => {
    const all = alignReviewApps(reviewed.findings, []);
    const kept = all[0]!.findingId;
    expect(alignReviewApps(reviewed.findings, [{ findingId: kept }]).map((d) => d.findingId)).not.toContain(kept);
    const accepted = reviewed.findings.map((f) => (f.id === kept ? { ...f, state: 'accepted' as const } : f));
    expect(alignReviewApps(accepted, []).map((d) => d.findingId)).not.toContain(kept);
  });
});
