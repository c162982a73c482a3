import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import type { ChangeResult, PlanItem } from '../../../lib/changes/plan-item';
import type { Finding } from '../../../lib/engine/finding';
import type { Decision } from '../../../lib/review/decisions';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { scannedDemo } from './scanned-demo';
import type { MockScalingo } from '../../mock-scalingo/server';

// Plans and undos meet a role changed on the dashboard after the scan (or after the change):
// each write reads the collaboration first and is refused when it is not what it expects.

let mock: MockScalingo;
let client: ScalingoClient;
let snapshot: AccessSnapshot;
let findings: Finding[];
const now = () => new Date();
beforeEach(async () => void ({ mock, client, snapshot, findings } = await scannedDemo(now())));
afterEach(() => mock.close());

const BRUNO = 'bruno@acme.example';
const decide = (f: Finding, kind: Decision['kind']): Decision => ({
  findingId: f.id,
  kind,
  justification: '',
  until: null,
  decidedAt: now().toISOString(),
});
const brunoFinding = () => findings.find((f) => f.rule === 'unused-full-access' && f.person?.email === BRUNO)!;
const planned = (kind: 'downgrade' | 'revoke') =>
  buildPlan(snapshot, findings, [decide(brunoFinding(), kind)]).items[0]!;
const entryOf = (item: PlanItem) => mock.state.apps.find((a) => a.app.id === item.app.id)!;
const onMock = (item: PlanItem) => entryOf(item).collaborators.find((c) => c.email === item.email);
const role = (item: PlanItem) => {
  const c = onMock(item);
  return c ? (c.is_limited ? 'limited' : 'collaborator') : 'none';
};
/** Someone changes the role on the dashboard, behind the extension's back. */
const setBehindTheBack = (item: PlanItem, limited: boolean) => (onMock(item)!.is_limited = limited);
const writes = () => mock.log().filter((l) => l.method !== 'GET' && l.path.includes('/collaborators'));
/** Applies `r`'s undo when one is offered, as a reviewer clicking "Undo" would. */
const undoIfOffered = async (r: ChangeResult) => (r.undo ? applyItem(client, r.undo, now) : null);

describe('a plan built before a role changed on the dashboard', () => {
  it('a downgrade of someone who became Limited is not sent, and no undo can make them a full Collaborator', async () => {
    const item = planned('downgrade');
    expect(item.from).toBe('collaborator');
    setBehindTheBack(item, true);
    mock.clearLog();
    const r = await applyItem(client, item, now);
    await undoIfOffered(r);
    expect(role(item)).toBe('limited');
    expect(r).toMatchObject({ status: 'failed', undo: null, stale: { expected: 'collaborator', found: 'limited' } });
    expect(r.reason).toMatch(/Not sent: Scalingo now shows Limited, the plan expected Collaborator/);
    expect(writes()).toEqual([]);
  });

  it('a revoke of someone who became Limited is not sent, so no undo re-invites them with full access', async () => {
    const item = planned('revoke');
    setBehindTheBack(item, true);
    mock.clearLog();
    const r = await applyItem(client, item, now);
    await undoIfOffered(r);
    expect(onMock(item)).toMatchObject({ is_limited: true, status: 'accepted' });
    expect(r).toMatchObject({ status: 'failed', undo: null, stale: { expected: 'collaborator', found: 'limited' } });
    expect(writes()).toEqual([]);
  });

  it('nothing is sent when the collaborators cannot be read first', async () => {
    const blind = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
      fetch: (input, init) =>
        init.method === 'GET' && String(input).includes('/collaborators')
          ? Promise.reject(new TypeError('network down'))
          : fetch(input, init),
    });
    const item = planned('downgrade');
    mock.clearLog();
    expect(await applyItem(blind, item, now)).toMatchObject({
      status: 'failed',
      undo: null,
      reason: expect.stringMatching(/Nothing sent/),
    });
    expect(writes()).toEqual([]);
    expect(role(item)).toBe('collaborator');
  });
});

describe('undo', () => {
  it('of a removal re-invites with the role read right before it, and says "pending", not restored', async () => {
    const limited = snapshot.assignments.find(
      (a) => a.role === 'limited' && a.status === 'accepted' && a.email !== snapshot.me.email,
    )!;
    const app = snapshot.apps.find((a) => a.id === limited.appId)!;
    const f: Finding = {
      ...brunoFinding(),
      id: 'limited-one',
      app: { id: app.id, name: app.name, region: app.region },
      person: { email: limited.email, userId: limited.userId, collaboratorId: limited.collaboratorId },
    };
    const item = buildPlan(snapshot, [...findings, f], [decide(f, 'revoke')]).items[0]!;
    const r = await applyItem(client, item, now);
    expect(r).toMatchObject({ status: 'done', before: { role: 'limited', status: 'accepted' } });
    expect(r.undo!.call).toMatchObject({
      method: 'POST',
      body: { collaborator: { email: limited.email, is_limited: true } },
    });
    const undone = await applyItem(client, r.undo!, now);
    expect(undone.status).toBe('pending');
    expect(onMock(item)).toMatchObject({ is_limited: true, status: 'pending' });
  });

  it('is refused when Scalingo no longer shows what the change left', async () => {
    const item = planned('downgrade');
    const r = await applyItem(client, item, now);
    expect(r.status).toBe('done');
    setBehindTheBack(item, false); // restored by someone else on the dashboard, then…
    entryOf(item).collaborators = entryOf(item).collaborators.filter((c) => c.email !== BRUNO); // …removed
    mock.clearLog();
    const undone = await applyItem(client, r.undo!, now);
    expect(undone).toMatchObject({ status: 'failed', stale: { expected: 'limited', found: 'none' } });
    expect(undone.reason).toMatch(/no longer what the change left/);
    expect(writes()).toEqual([]);
  });

  it('of a removal is refused when the person is already back', async () => {
    const item = planned('revoke');
    const r = await applyItem(client, item, now);
    expect(r.status).toBe('done');
    await client.invite(item.api, item.app.id, item.email, true); // invited again on the dashboard, as Limited
    mock.clearLog();
    const undone = await applyItem(client, r.undo!, now);
    expect(undone).toMatchObject({ status: 'failed', stale: { expected: 'none', found: 'limited' } });
    expect(writes()).toEqual([]);
  });
});
