import { afterEach, describe, expect, it, vi } from 'vitest';
import { serialStore } from '../../../lib/background/store';
import { memoryDeps } from '../helpers';

// The one write queue never freezes: a failing write, a write that never ends and a queued write
// called from inside `exclusive()` each end in a clear error, and the writes after them land.

const store = () => {
  const made = memoryDeps(() => {
    throw new Error('no client');
  });
  return { ...made, queue: serialStore(made.deps.store, 1000) };
};

afterEach(() => vi.useRealTimers());

describe('the write queue', () => {
  it('refuses a queued write called inside exclusive() instead of waiting for itself', async () => {
    const { queue, state } = store();
    const nested = queue.exclusive(() => queue.setPolicy({ ...state.policy, trustedDomains: ['x.example'] }));
    await expect(nested).rejects.toThrow(/called inside exclusive\(\)/);
    await queue.update('policy', (p) => ({ ...p, trustedDomains: ['acme.example'] }));
    expect(state.policy.trustedDomains).toEqual(['acme.example']);
  });

  it('gives up an operation that hangs, with a clear error, and goes on with the next write', async () => {
    vi.useFakeTimers();
    const { queue, state } = store();
    const hung = queue.exclusive(() => new Promise<void>(() => undefined));
    const next = queue
      .setDecisions([])
      .then(() => queue.update('policy', (p) => ({ ...p, trustedDomains: ['acme.example'] })));
    const outcome = expect(hung).rejects.toThrow(/did not finish within 1 s/);
    await vi.advanceTimersByTimeAsync(1000);
    await outcome;
    await next;
    expect(state.policy.trustedDomains).toEqual(['acme.example']);
  });

  it('goes on after a write that fails', async () => {
    const { queue, state } = store();
    await expect(queue.exclusive(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await queue.update('policy', (p) => ({ ...p, trustedDomains: ['acme.example'] }));
    expect(state.policy.trustedDomains).toEqual(['acme.example']);
  });
});
