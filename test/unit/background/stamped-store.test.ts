import { describe, expect, it } from 'vitest';
import { Generation } from '../../../lib/background/generation';
import { serialStore, stampedStore } from '../../../lib/background/store';
import { memoryDeps } from '../helpers';

// The store-level check that covers every writer: a write from work started before a forget or
// a sign-out is refused, even when it was queued before and only reached after.

describe('stampedStore', () => {
  it('refuses the writes of an older generation, queued or not, and lets the new one write', async () => {
    const { deps, state } = memoryDeps(() => {
      throw new Error('no client');
    });
    const queue = serialStore(deps.store);
    const generation = new Generation();
    const old = stampedStore(queue, generation);
    let release = () => undefined as void;
    const gate = new Promise<void>((r) => (release = r));
    const held = queue.exclusive(() => gate);
    const queued = old.setDecisions([
      { findingId: 'f1', kind: 'keep', justification: 'x', until: null, decidedAt: '2026-01-01T00:00:00Z' },
    ]);
    const updated = old.update('policy', (p) => ({ ...p, trustedDomains: ['evil.example'] }));
    generation.bump();
    release();
    await held;
    await expect(queued).rejects.toThrow(/everything was forgotten or you signed out/);
    await expect(updated).rejects.toThrow(/forgotten/);
    await expect(old.exclusive(async (s) => s.setChanges([]))).rejects.toThrow(/forgotten/);
    expect(state.decisions).toEqual([]);
    expect(state.policy.trustedDomains).toEqual([]);
    expect(await old.getDecisions()).toEqual([]); // reads pass
    await stampedStore(queue, generation).update('policy', (p) => ({ ...p, trustedDomains: ['acme.example'] }));
    expect(state.policy.trustedDomains).toEqual(['acme.example']);
  });
});
