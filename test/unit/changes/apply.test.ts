import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import type { Finding } from '../../../lib/rules/finding';
import type { Decision } from '../../../lib/review/decisions';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// Plans from decisions, applied to the mock over HTTP, verified, undone.

let mock: MockScalingo;
let client: ScalingoClient;
let snapshot: AccessSnapshot;
let findings: Finding[];
const now = () => new Date();
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  client = new ScalingoClient({ apiToken: DEMO_TOKENS.alice, authUrl: mock.url, limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }) });
  snapshot = (await scanAccount(client)).snapshot;
  findings = runRules(snapshot, parsePolicy({}), now());
});
afterEach(() => mock.close());

const decide = (f: Finding, kind: Decision['kind']): Decision => ({ findingId: f.id, kind, justification: '', until: null, decidedAt: now().toISOString() });
const finding = (rule: string, email: string) => findings.find((f) => f.rule === rule && f.person?.email === email)!;
const role = (app: string, email: string) => {
  const entry = mock.state.apps.find((a) => a.app.name === app)!;
  const c = entry.collaborators.find((x) => x.email === email);
  return c ? (c.is_limited ? 'limited' : 'collaborator') : 'none';
};

describe('plan and apply', () => {
  it('downgrades and revokes as planned, shows the exact calls, verifies, and undoes', async () => {
    const bruno = finding('unused-full-access', 'bruno@acme.example');
    const nina = finding('stale-invitation', 'nina@acme.example');
    const plan = buildPlan(snapshot, findings, [decide(bruno, 'downgrade'), decide(nina, 'revoke')]);
    expect(plan.items.map((i) => `${i.call.method} ${i.email} ${i.from}→${i.to}`)).toEqual([
      'PATCH bruno@acme.example collaborator→limited',
      'DELETE nina@acme.example collaborator→none',
    ]);
    const results = [];
    for (const item of plan.items) results.push(await applyItem(client, item, now));
    expect(results.map((r) => r.status)).toEqual(['done', 'done']);
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('limited');
    expect(role(nina.app!.name, 'nina@acme.example')).toBe('none');

    const undone = await applyItem(client, results[0]!.undo!, now);
    expect(undone.status).toBe('done');
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('collaborator');
    const reinvited = await applyItem(client, results[1]!.undo!, now);
    expect(reinvited.status).toBe('done');
    expect(mock.state.apps.find((a) => a.app.name === nina.app!.name)!.collaborators.find((c) => c.email === 'nina@acme.example')?.status).toBe('pending');
  });

  it('never plans a change to the owner or to the reviewer’s own access', () => {
    const ownerFinding = findings.find((f) => f.rule === 'personal-owner')!;
    const mine = snapshot.assignments.find((a) => a.email === snapshot.me.email && a.role !== 'owner')!;
    const selfFinding: Finding = { ...ownerFinding, id: 'self', app: { id: mine.appId, name: 'x', region: mine.region }, person: { email: mine.email, userId: mine.userId, collaboratorId: mine.collaboratorId } };
    const plan = buildPlan(snapshot, [...findings, selfFinding], [decide(ownerFinding, 'revoke'), decide(selfFinding, 'downgrade')]);
    expect(plan.items).toEqual([]);
    expect(plan.skipped.map((s) => s.reason).sort()).toEqual(['owner', 'self']);
  });

  it('shows Scalingo’s refusal for the SCM linker and goes on with the rest', async () => {
    const ines = snapshot.assignments.find((a) => a.email === 'ines@acme.example' && a.role === 'collaborator')!;
    const app = snapshot.apps.find((a) => a.id === ines.appId)!;
    const forged: Finding = { ...finding('unused-full-access', 'bruno@acme.example'), id: 'ines', app: { id: app.id, name: app.name, region: app.region }, person: { email: ines.email, userId: ines.userId, collaboratorId: ines.collaboratorId } };
    const bruno = finding('unused-full-access', 'bruno@acme.example');
    const plan = buildPlan(snapshot, [...findings, forged], [decide(forged, 'downgrade'), decide(bruno, 'downgrade')]);
    const results = [];
    for (const item of plan.items) results.push(await applyItem(client, item, now));
    expect(results[0]).toMatchObject({ status: 'failed', undo: null });
    expect(results[0]!.reason).toMatch(/SCM|linker/i);
    expect(results[1]!.status).toBe('done');
  });
});
