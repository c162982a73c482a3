import { browserStore } from '../../../lib/background/browser-store';
import { createService } from '../../../lib/background/service';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo } from '../../mock-scalingo/server';
import { memoryDeps } from '../helpers';

// The background service on the browser store (its IndexedDB mocked by the calling test, see
// map-idb.ts), connected to the demo account on the mock Scalingo and scanned once.

export async function serviceOnBrowserStore(now: () => Date = () => new Date()) {
  const mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const limiter = new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 });
  const client = (apiToken: string, authUrl: string) => new ScalingoClient({ apiToken, authUrl, limiter });
  const { deps } = memoryDeps(client, client);
  await browserStore.setSettings({ ...(await browserStore.getSettings()), authUrl: mock.url });
  const service = createService({ ...deps, store: browserStore, now });
  await service.handle({ type: 'connect', token: DEMO_TOKENS.alice, remember: false });
  await service.idle();
  return { mock, service };
}
