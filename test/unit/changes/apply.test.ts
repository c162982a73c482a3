import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyItem } from '../../../lib/changes/apply';
import { buildPlan } from '../../../lib/changes/plan';
import type { Finding } from '../../../lib/engine/finding';
import type { Decision } from '../../../lib/review/decisions';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { scannedDemo } from './scanned-demo';
import type { MockScalingo } from '../../mock-scalingo/server';

// Plans from decisions, applied to the mock over HTTP, verified, undone.

let mock: MockScalingo;
let client: ScalingoClient;
let snapshot: AccessSnapshot;
let findings: Finding[];
const now = () => new Date();
beforeEach(async () => void ({ mock, client, snapshot, findings } = await scannedDemo(now())));
afterEach(() => mock.close());

const decide = (f: Finding, kind: Decision['kind']): Decision => ({
  findingId: f.id,
  kind,
  justification: '',
  until: null,
  decidedAt: now().toISOString(),
});
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
    expect(reinvited.status).toBe('pending');
    expect(
      mock.state.apps
        .find((a) => a.app.name === nina.app!.name)!
        .collaborators.find((c) => c.email === 'nina@acme.example')?.status,
    ).toBe('pending');
  });

  it('never plans a change to the owner or to the reviewer’s own access', () => {
    const ownerFinding = findings.find((f) => f.rule === 'personal-owner')!;
    const mine = snapshot.assignments.find((a) => a.email === snapshot.me.email && a.role !== 'owner')!;
    const selfFinding: Finding = {
      ...ownerFinding,
      id: 'self',
      app: { id: mine.appId, name: 'x', region: mine.region },
      person: { email: mine.email, userId: mine.userId, collaboratorId: mine.collaboratorId },
    };
    const plan = buildPlan(
      snapshot,
      [...findings, selfFinding],
      [decide(ownerFinding, 'revoke'), decide(selfFinding, 'downgrade')],
    );
    expect(plan.items).toEqual([]);
    expect(plan.skipped.map((s) => s.reason).sort()).toEqual(['owner', 'self']);
  });

  it('shows Scalingo’s refusal for the SCM linker and goes on with the rest', async () => {
    // ines linked data-pipeline's repository (she is also full on a review app, where she is not the linker).
    const app = snapshot.apps.find((a) => a.name === 'data-pipeline')!;
    const ines = snapshot.assignments.find((a) => a.email === 'ines@acme.example' && a.appId === app.id)!;
    const forged: Finding = {
      ...finding('unused-full-access', 'bruno@acme.example'),
      id: 'ines',
      app: { id: app.id, name: app.name, region: app.region },
      person: { email: ines.email, userId: ines.userId, collaboratorId: ines.collaboratorId },
    };
    const bruno = finding('unused-full-access', 'bruno@acme.example');
    const plan = buildPlan(snapshot, [...findings, forged], [decide(forged, 'downgrade'), decide(bruno, 'downgrade')]);
    const results = [];
    for (const item of plan.items) results.push(await applyItem(client, item, now));
    expect(results[0]).toMatchObject({ status: 'failed', undo: null });
    expect(results[0]!.reason).toMatch(/SCM|linker/i);
    expect(results[1]!.status).toBe('done');
  });
});

describe('a write whose answer is lost', () => {
  /** A client whose PATCH reaches Scalingo when `reaches` says so, but whose answer never comes back. */
  const losing = (reaches: boolean) =>
    new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
      fetch: async (input, init) => {
        if (init.method !== 'PATCH') return fetch(input, init);
        if (reaches) await fetch(input, init);
        throw new TypeError('socket hang up');
      },
    });

  it('is read back: applied on Scalingo, it counts as done and says why', async () => {
    const item = buildPlan(snapshot, findings, [
      decide(finding('unused-full-access', 'bruno@acme.example'), 'downgrade'),
    ]).items[0]!;
    const r = await applyItem(losing(true), item, now);
    expect(r).toMatchObject({
      status: 'done',
      reason: expect.stringMatching(/could not be reached.*read-back shows the change applied/),
    });
    expect(r.undo).not.toBeNull();
    expect(role(item.app.name, 'bruno@acme.example')).toBe('limited');
  });

  it('is read back when Scalingo answers 2xx with a body that cannot be read', async () => {
    const item = buildPlan(snapshot, findings, [
      decide(finding('unused-full-access', 'bruno@acme.example'), 'downgrade'),
    ]).items[0]!;
    const garbled = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
      fetch: async (input, init) => {
        const r = await fetch(input, init);
        return init.method === 'PATCH' ? new Response('<html>ok</html>', { status: r.status }) : r;
      },
    });
    expect(await applyItem(garbled, item, now)).toMatchObject({
      status: 'done',
      reason: expect.stringMatching(/read-back shows the change applied/),
    });
  });

  it('is read back: not applied, it fails with both reasons and offers no undo', async () => {
    const item = buildPlan(snapshot, findings, [
      decide(finding('unused-full-access', 'bruno@acme.example'), 'downgrade'),
    ]).items[0]!;
    const r = await applyItem(losing(false), item, now);
    expect(r).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/Not applied: Scalingo still shows the role as Collaborator/),
      undo: null,
    });
    expect(role(item.app.name, 'bruno@acme.example')).toBe('collaborator');
  });
});

describe('two decisions about the same person on the same app', () => {
  it('plan one write: a removal covers a downgrade, the other decision is listed as superseded', () => {
    const byPair = new Map<string, Finding[]>();
    for (const f of findings) {
      const a =
        f.app && f.person && snapshot.assignments.find((x) => x.appId === f.app!.id && x.email === f.person!.email);
      if (a && a.role === 'collaborator')
        byPair.set(`${a.appId}:${a.email}`, [...(byPair.get(`${a.appId}:${a.email}`) ?? []), f]);
    }
    const [first, second] = [...byPair.values()].find((list) => list.length >= 2)!;
    const plan = buildPlan(snapshot, findings, [decide(first!, 'downgrade'), decide(second!, 'revoke')]);
    expect(plan.items.map((i) => `${i.call.method} ${i.email}`)).toEqual([`DELETE ${first!.person!.email}`]);
    expect(plan.skipped).toEqual([{ findingId: first!.id, reason: 'superseded' }]);
    expect(
      buildPlan(snapshot, findings, [decide(first!, 'downgrade'), decide(second!, 'downgrade')]).items,
    ).toHaveLength(1);
  });
});
