import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFirstFindings } from '../../../bench/first-findings';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// The bench's `scan.firstFindings.seconds.N` (bench/first-findings.ts) runs to the first digest
// of the running scan stored for the popup, not to the publication the scan hands out: each
// publication is stored and reviewed the background's way before the clock stops.

let mock: MockScalingo;
beforeEach(async () => (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());

describe('the bench’s first findings', () => {
  it('stop the clock once a digest with the running scan’s findings is stored for the popup', async () => {
    const client = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 58, windowMs: 600, concurrency: 4 }),
    });
    const watch = watchFirstFindings(mock, (pending) => pending[0]);
    await scanAccount(client, watch);
    const { first, digest } = await watch.figures(mock.log().length);
    expect(first?.requests).toBe(1 + 3 + 2 * 2 + 2); // the lists: the first publication
    expect(first?.seconds).toBeGreaterThan(0);
    // What the popup reads first (lib/ui/stored-status.ts): a digest of the running scan, with findings.
    expect(digest?.account.reading?.apps).toBeGreaterThan(0);
    expect(digest?.top.length).toBeGreaterThan(0);
  });
});
