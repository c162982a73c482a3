import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// Which listed API token is the scanner's own (docs/scalingo-api.md §8: the list carries no value).
// The exchange moves that token's `last_used_at`: when it is the only one used within the
// bearer's hour, the scan says so; when another token was exchanged too, nobody can tell, and
// the scan claims none (the user marks it: test/e2e/beyond-roles.spec.ts).

let mock: MockScalingo;
beforeEach(async () => (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());
const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });
const ownOf = async () =>
  (await scanAccount(client())).snapshot.apiTokens?.filter((t) => t.usedHere).map((t) => [t.name, t.usedHere]);

describe('the scanner’s own API token', () => {
  it('is told apart by its exchange when no other token was used within the hour', async () => {
    expect(await ownOf()).toEqual([['access-review', 'exchange']]);
  });

  it('is not claimed when another token of the account was exchanged in the same hour', async () => {
    mock.state.tokens.find((t) => t.name === 'ci-deploy')!.last_used_at = new Date().toISOString();
    expect(await ownOf()).toEqual([]);
  });

  it('is not claimed when the list shows no token used within the hour (the exchange left no trace)', async () => {
    const c = client();
    await c.self(); // exchanged now; the scan below reuses that bearer
    mock.state.tokens.find((t) => t.name === 'access-review')!.last_used_at = new Date(
      Date.now() - 2 * 3_600_000,
    ).toISOString();
    const { snapshot } = await scanAccount(c);
    expect(snapshot.apiTokens?.map((t) => t.name)).toContain('access-review');
    expect(snapshot.apiTokens?.filter((t) => t.usedHere)).toEqual([]);
  });
});
