import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../lib/background/service';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService, undoRequest } from './connected-service';

// The review session end to end in the background against the mock: decisions, a plan
// refused while changes are off, applied and verified once on, undone, completed into history.

let mock: MockScalingo;
let service: Service;
const role = (app: string, email: string) => {
  const c = mock.state.apps.find((a) => a.app.name === app)!.collaborators.find((x) => x.email === email);
  return c ? (c.is_limited ? 'limited' : 'collaborator') : 'none';
};

beforeEach(async () => void ({ mock, service } = await connectedService()));
afterEach(() => mock.close());

const findingOf = async (rule: string, email: string) =>
  (await service.handle({ type: 'getReview' }))!.findings.find((f) => f.rule === rule && f.person?.email === email)!;

describe('review session in the background', () => {
  it('plans, refuses while read-only, applies and verifies when on, undoes, and completes into the history', async () => {
    const bruno = await findingOf('unused-full-access', 'bruno@acme.example');
    const lea = await findingOf('external-domain', 'lea.dev.freelance@gmail.com');
    await service.handle({
      type: 'decide',
      decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
    });
    await service.handle({
      type: 'decide',
      decision: { findingId: lea.id, kind: 'downgrade', justification: '', until: null },
    });
    const plan = await service.handle({ type: 'previewPlan' });
    expect(plan.items).toHaveLength(2);
    await expect(service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true })).rejects.toMatchObject({
      kind: 'refused',
    });
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('collaborator');

    await service.handle({ type: 'saveSettings', settings: { allowChanges: true } });
    await expect(service.handle({ type: 'applyPlan', planId: 'forged', confirm: true })).rejects.toMatchObject({
      kind: 'refused',
    });
    const results = await service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true });
    expect(results.map((r) => r.status)).toEqual(['done', 'done']);
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('limited');
    expect(role(lea.app!.name, 'lea.dev.freelance@gmail.com')).toBe('limited');
    await expect(service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true })).rejects.toMatchObject({
      kind: 'refused',
    });

    await service.handle(undoRequest(results[0]!));
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('collaborator');
    await service.idle();

    const record = await service.handle({ type: 'completeReview' });
    expect(record.decisions).toHaveLength(2);
    expect(record.changes.map((c) => [c.item.kind, c.status, c.undone])).toEqual([
      ['downgrade', 'done', true],
      ['downgrade', 'done', false],
      ['restore-full', 'done', false],
    ]);
    expect(record.findings.some((f) => f.title.includes('bruno'))).toBe(true);
    expect(await service.handle({ type: 'getHistory' })).toHaveLength(1);
    expect((await service.handle({ type: 'getSession' })).decisions).toEqual([]);
  });

  it('a role changed on the dashboard after the scan: the plan is refused with why, and nothing can be undone into full access', async () => {
    const bruno = await findingOf('unused-full-access', 'bruno@acme.example');
    const lea = await findingOf('external-domain', 'lea.dev.freelance@gmail.com');
    await service.handle({
      type: 'decide',
      decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
    });
    await service.handle({
      type: 'decide',
      decision: { findingId: lea.id, kind: 'revoke', justification: 'left', until: null },
    });
    await service.handle({ type: 'saveSettings', settings: { allowChanges: true } });
    const plan = await service.handle({ type: 'previewPlan' });
    for (const [app, email] of [
      [bruno.app!.name, 'bruno@acme.example'],
      [lea.app!.name, 'lea.dev.freelance@gmail.com'],
    ]) {
      mock.state.apps.find((a) => a.app.name === app)!.collaborators.find((c) => c.email === email)!.is_limited = true; // behind the extension's back
    }
    const results = await service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true });
    for (const r of results.filter((x) => x.undo)) await service.handle(undoRequest(r)).catch(() => null);
    expect(role(bruno.app!.name, 'bruno@acme.example')).toBe('limited');
    expect(role(lea.app!.name, 'lea.dev.freelance@gmail.com')).toBe('limited');
    expect(results.map((r) => [r.status, r.stale, r.undo])).toEqual([
      ['failed', { expected: 'collaborator', found: 'limited' }, null],
      ['failed', { expected: 'collaborator', found: 'limited' }, null],
    ]);
    await expect(service.handle(undoRequest(results[0]!))).rejects.toMatchObject({ kind: 'not_found' });
    expect(mock.log().filter((l) => l.method !== 'GET' && l.path.includes('/collaborators'))).toEqual([]);
  });

  it('requires a justification to keep access, and a real date within a year to accept a risk (which then shows as accepted)', async () => {
    const eve = await findingOf('missing-2fa', 'farid@acme.example');
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    for (const until of ['2026-13-45', '2027-02-30', day(400), day(-1)]) {
      await expect(
        service.handle({
          type: 'decide',
          decision: { findingId: eve.id, kind: 'accept', justification: 'key ordered', until },
        }),
      ).rejects.toMatchObject({ kind: 'invalid' });
    }
    await expect(
      service.handle({ type: 'decide', decision: { findingId: eve.id, kind: 'keep', justification: '', until: null } }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      service.handle({
        type: 'decide',
        decision: { findingId: eve.id, kind: 'accept', justification: 'key ordered', until: null },
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await service.handle({
      type: 'decide',
      decision: { findingId: eve.id, kind: 'accept', justification: 'key ordered', until: day(90) },
    });
    const after = await findingOf('missing-2fa', 'farid@acme.example');
    expect(after).toMatchObject({ state: 'accepted', acceptance: { justification: 'key ordered' } });
    await service.handle({ type: 'undecide', findingId: eve.id });
    expect((await findingOf('missing-2fa', 'farid@acme.example')).state).toBe('open');
  });

  it('shows what changed since the previous completed review', async () => {
    await service.handle({ type: 'completeReview' });
    const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!;
    staging.collaborators = staging.collaborators.filter((c) => c.email !== 'chloe@acme.example');
    await service.handle({ type: 'scan', force: false });
    await service.idle();
    const { diff, previous } = await service.handle({ type: 'getSession' });
    expect(previous).not.toBeNull();
    expect(diff!.removed.map((l) => `${l.email} ${l.app}`)).toEqual(['chloe@acme.example shop-api-staging']);
  });

  it('another account connected afterwards starts a clean review: no decisions, no baseline from the first account', async () => {
    const bruno = await findingOf('unused-full-access', 'bruno@acme.example');
    await service.handle({
      type: 'decide',
      decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
    });
    await service.handle({ type: 'completeReview' });
    await service.handle({
      type: 'decide',
      decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
    });
    await service.handle({ type: 'connect', token: DEMO_TOKENS.julien, remember: false });
    await service.idle();
    const session = await service.handle({ type: 'getSession' });
    expect(session.decisions).toEqual([]);
    expect(session.previous).toBeNull();
    expect((await service.handle({ type: 'getStatus' })).account?.me.username).toBe('julien');
  });

  it('a plan confirmed twice at once is applied once', async () => {
    const bruno = await findingOf('unused-full-access', 'bruno@acme.example');
    await service.handle({
      type: 'decide',
      decision: { findingId: bruno.id, kind: 'downgrade', justification: '', until: null },
    });
    await service.handle({ type: 'saveSettings', settings: { allowChanges: true } });
    const plan = await service.handle({ type: 'previewPlan' });
    const both = await Promise.allSettled([
      service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true }),
      service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(mock.log().filter((l) => l.method === 'PATCH')).toHaveLength(1);
  });
});
