import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo } from '../../mock-scalingo/server';

// The demo account on the mock Scalingo, scanned over HTTP and reviewed under the default
// policy: what the plan and apply tests start from.

export async function scannedDemo(now: Date) {
  const mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const client = new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
  });
  const snapshot = (await scanAccount(client)).snapshot;
  return { mock, client, snapshot, findings: runRules(snapshot, parsePolicy({}), now) };
}
