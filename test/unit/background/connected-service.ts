import type { Store } from '../../../lib/background/store';
import { createService } from '../../../lib/background/service';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import { callText } from '../../../lib/changes/undo-check';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo } from '../../mock-scalingo/server';
import { memoryDeps } from '../helpers';

// The background service as the review page meets it: connected to the demo account on the mock
// Scalingo with the real client, a memory store (optionally wrapped), scanned once.

export async function connectedService(
  opts: { allowChanges?: boolean; wrapStore?: (store: Store) => Store; uiLanguage?: string } = {},
) {
  const mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const limiter = new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 });
  const client = (apiToken: string, authUrl: string) => new ScalingoClient({ apiToken, authUrl, limiter });
  const memory = memoryDeps(client, client);
  memory.state.settings = { ...memory.state.settings, authUrl: mock.url, allowChanges: opts.allowChanges ?? false };
  const deps = { ...memory.deps, ...(opts.uiLanguage ? { uiLanguage: () => opts.uiLanguage! } : {}) };
  const service = createService(opts.wrapStore ? { ...deps, store: opts.wrapStore(deps.store) } : deps);
  await service.handle({ type: 'connect', token: DEMO_TOKENS.alice, remember: false });
  await service.idle();
  return { mock, service, state: memory.state };
}

/** What the review page sends once the undo of `record` is confirmed. */
export const undoRequest = (record: ChangeResult) => ({
  type: 'undoChange' as const,
  recordId: record.recordId,
  call: record.undo ? callText(record.undo) : '-',
  confirm: true as const,
});
