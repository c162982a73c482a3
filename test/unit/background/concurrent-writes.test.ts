import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../lib/background/store';
import type { Service } from '../../../lib/background/service';
import type { MockScalingo } from '../../mock-scalingo/server';
import type { memoryDeps } from '../helpers';
import { connectedService, undoRequest } from './connected-service';

// Two review tabs at once (apply in one, undo in the other) and a burst of decisions and accepted
// risks: every write lands, none overwrites another. The store answers after a random short
// wait, as IndexedDB does, so the requests really interleave.

let mock: MockScalingo;
let service: Service;
let state: ReturnType<typeof memoryDeps>['state'];

/** Seeded, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The same store, each call answered after 0–3 ms: reads and writes of different requests interleave. */
function slow(store: Store, next: () => number): Store {
  const wait = () => new Promise((r) => setTimeout(r, Math.floor(next() * 4)));
  return Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => (await wait(), await (fn as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as Store;
}

beforeEach(
  async () =>
    void ({ mock, service, state } = await connectedService({
      allowChanges: true,
      wrapStore: (store) => slow(store, random(42)),
    })),
);
afterEach(() => mock.close());

const findings = async () => (await service.handle({ type: 'getReview' }))!.findings;
const decide = (findingId: string, kind: 'keep' | 'downgrade') =>
  service.handle({
    type: 'decide',
    decision: { findingId, kind, justification: 'checked with the team', until: null },
  });

describe('concurrent writes of the review state', () => {
  it('apply in one tab, undo in another and many decisions at once: nothing is lost', async () => {
    const all = await findings();
    const bruno = all.find((f) => f.rule === 'unused-full-access' && f.person?.email === 'bruno@acme.example')!;
    const lea = all.find((f) => f.rule === 'external-domain' && f.person?.email === 'lea.dev.freelance@gmail.com')!;
    await decide(bruno.id, 'downgrade');
    const first = await service.handle({
      type: 'applyPlan',
      planId: (await service.handle({ type: 'previewPlan' })).planId,
      confirm: true,
    });
    expect(first.map((r) => r.status)).toEqual(['done']);
    await service.idle();
    await service.handle({ type: 'undecide', findingId: bruno.id });
    await decide(lea.id, 'downgrade');
    const plan = await service.handle({ type: 'previewPlan' });
    expect(plan.items.map((i) => i.email)).toEqual(['lea.dev.freelance@gmail.com']);

    const others = all.filter((f) => f.id !== bruno.id && f.id !== lea.id);
    const kept = others.slice(0, 12);
    const accepted = others.slice(12, 20);
    expect(accepted.length).toBe(8);
    await Promise.all([
      service.handle({ type: 'applyPlan', planId: plan.planId, confirm: true }),
      service.handle(undoRequest(first[0]!)),
      ...kept.map((f) => decide(f.id, 'keep')),
      ...accepted.map((f) =>
        service.handle({ type: 'acceptRisk', findingId: f.id, justification: 'known and tracked', days: 30 }),
      ),
    ]);
    await service.idle();

    const session = await service.handle({ type: 'getSession' });
    expect(
      session.changes.map((c) => `${c.item.kind} ${c.item.email} ${c.status}${c.undone ? ' undone' : ''}`).sort(),
    ).toEqual([
      'downgrade bruno@acme.example done undone',
      'downgrade lea.dev.freelance@gmail.com done',
      'restore-full bruno@acme.example done',
    ]);
    expect(session.decisions.map((d) => d.findingId).sort()).toEqual([lea.id, ...kept.map((f) => f.id)].sort());
    // Stored, whether or not the rescan after the writes still finds each of them.
    // A reasoned keep is stored as kept until the review period ends (lib/review/decisions.ts).
    const ids = (kind?: 'kept') => state.acceptances.filter((a) => a.kind === kind).map((a) => a.findingId);
    expect(ids().sort()).toEqual(accepted.map((f) => f.id).sort());
    expect(ids('kept').sort()).toEqual(kept.map((f) => f.id).sort());
  });
});
