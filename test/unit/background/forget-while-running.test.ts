import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../lib/background/service';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';
import { memoryDeps } from '../helpers';

// "Forget everything" and sign-out while an apply or a scan is running: once the user has been
// told everything is forgotten, no further write reaches Scalingo and nothing is stored again.
// The forget is started from inside the first write (no timing involved).

let mock: MockScalingo;
let memory: ReturnType<typeof memoryDeps>;
let service: Service;
let onFirstWrite: (() => void) | null = null;

beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const limiter = new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 });
  const client = (apiToken: string, authUrl: string, opts?: { signal?: AbortSignal }) =>
    new ScalingoClient({ apiToken, authUrl, limiter, signal: opts?.signal });
  const writer = (apiToken: string, authUrl: string) => {
    const real = new ScalingoClient({ apiToken, authUrl, limiter });
    const setLimited: ScalingoClient['setLimited'] = (...args) => {
      const sent = real.setLimited(...args);
      const hook = onFirstWrite;
      onFirstWrite = null;
      hook?.();
      return sent;
    };
    return {
      appCollaborators: real.appCollaborators.bind(real),
      removeCollaborator: real.removeCollaborator.bind(real),
      invite: real.invite.bind(real),
      setLimited,
    };
  };
  memory = memoryDeps(client, writer);
  memory.state.settings = { ...memory.state.settings, authUrl: mock.url, allowChanges: true };
  service = createService(memory.deps);
  await service.handle({ type: 'connect', token: DEMO_TOKENS.alice, remember: false });
  await service.idle();
});
afterEach(() => mock.close());

const writes = () => mock.log().filter((r) => r.method !== 'GET' && r.path.includes('/collaborators'));

/** A confirmed plan of several downgrades. */
async function bigPlan(): Promise<string> {
  const full = (await service.handle({ type: 'getReview' }))!.findings.filter(
    (f) => f.rule === 'unused-full-access' || f.rule === 'external-domain',
  );
  for (const f of full)
    await service.handle({
      type: 'decide',
      decision: { findingId: f.id, kind: 'downgrade', justification: 'least privilege', until: null },
    });
  const plan = await service.handle({ type: 'previewPlan' });
  expect(plan.items.length).toBeGreaterThanOrEqual(3);
  return plan.planId;
}

describe('forget everything while a write or a scan runs', () => {
  it('stops a confirmed plan: no write after the first, no change record stored, the plan gone', async () => {
    const planId = await bigPlan();
    mock.clearLog();
    // Collected in an array: TypeScript cannot see a callback assign a `let`, and thinks it null.
    const forgotten: Promise<unknown>[] = [];
    onFirstWrite = () => void forgotten.push(service.handle({ type: 'forgetEverything', confirm: true }));
    const applied = service.handle({ type: 'applyPlan', planId, confirm: true }).catch((e: unknown) => e);
    await Promise.all(forgotten);
    await applied;
    await service.idle();

    expect(writes()).toHaveLength(1); // the one already sent when the user confirmed the forget
    expect(memory.state.changes).toEqual([]);
    expect(memory.state.decisions).toEqual([]);
    expect(memory.state.snapshot).toBeNull();
    expect(memory.state.token).toBeNull();
    await expect(service.handle({ type: 'applyPlan', planId, confirm: true })).rejects.toThrow(/preview it again/);
  });

  it('a scan asked for while the forget clears the token stores nothing after it', async () => {
    const clear = memory.deps.vault.clearAll;
    const rescan: Promise<unknown>[] = [];
    memory.deps.vault.clearAll = () => {
      if (!rescan.length) rescan.push(service.handle({ type: 'scan', force: true }).catch((e: unknown) => e));
      return clear();
    };
    await service.handle({ type: 'forgetEverything', confirm: true });
    await Promise.all(rescan);
    await service.idle();
    expect(rescan).toHaveLength(1);
    expect(memory.state.snapshot).toBeNull();
    expect(memory.state.activity).toEqual({});
    expect(memory.state.digest).toBeNull();
  });

  it('sign-out stops a confirmed plan the same way', async () => {
    const planId = await bigPlan();
    mock.clearLog();
    const out: Promise<unknown>[] = [];
    onFirstWrite = () => void out.push(service.handle({ type: 'disconnect' }));
    await service.handle({ type: 'applyPlan', planId, confirm: true }).catch((e: unknown) => e);
    await Promise.all(out);
    await service.idle();
    expect(writes()).toHaveLength(1);
    expect(memory.state.changes).toEqual([]);
    expect(memory.state.token).toBeNull();
  });

  it('a forget that fails half-way leaves the extension usable: later writes are stored', async () => {
    const clear = memory.deps.vault.clearAll;
    memory.deps.vault.clearAll = () => (
      (memory.deps.vault.clearAll = clear),
      Promise.reject(new Error('storage busy'))
    );
    await expect(service.handle({ type: 'forgetEverything', confirm: true })).rejects.toThrow('storage busy');
    await service.handle({ type: 'savePolicy', policy: { trustedDomains: ['acme.example'] } });
    expect(memory.state.policy.trustedDomains).toEqual(['acme.example']);
  });
});
