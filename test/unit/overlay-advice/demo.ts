import { parsePolicy, type Policy } from '../../../lib/policy';
import { review, type Review } from '../../../lib/engine/review';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo } from '../../mock-scalingo/server';

// The demo account scanned from the mock over HTTP, and its review: what the overlay tests
// draw on the fixture pages (which show the demo dataset's people).

export interface Demo {
  snapshot: AccessSnapshot;
  review: Review;
  policy: Policy;
  now: Date;
}

/** The demo account as alice; another dataset of the mock with the token of its account. */
export async function scanDemo(
  policyInput: Partial<Policy> = {},
  account: { dataset: string; token: string } = { dataset: 'demo', token: DEMO_TOKENS.alice },
): Promise<Demo> {
  const mock = await startMockScalingo({ dataset: account.dataset, rateLimit: false });
  try {
    const limiter = new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 });
    const client = new ScalingoClient({ apiToken: account.token, authUrl: mock.url, limiter });
    const snapshot = (await scanAccount(client)).snapshot;
    const policy = parsePolicy(policyInput);
    const now = new Date(snapshot.scannedAt);
    return { snapshot, review: review(snapshot, policy, [], now), policy, now };
  } finally {
    await mock.close();
  }
}
