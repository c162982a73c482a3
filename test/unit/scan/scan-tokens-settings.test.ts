import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// What the scan keeps for the rules beyond roles (issue #16): the SCM link's deploy and review-app
// settings, read with the linker and kept across warm rescans, and the account's API tokens (one
// request a scan; a failed read keeps the last list and says so).

let mock: MockScalingo;
beforeEach(async () => (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());
const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });
const reads = (suffix: string) => mock.log().filter((l) => l.path.endsWith(suffix));

describe('the SCM link settings', () => {
  it('are kept with the linker: branch, auto-deploy, review apps, forks, stale deletion', async () => {
    const { snapshot } = await scanAccount(client());
    const app = (name: string) => snapshot.apps.find((a) => a.name === name)!;
    expect(app('shop-api-production').scmLink?.settings).toEqual({
      repo: 'acme/shop-api',
      branch: 'main',
      autoDeploy: true,
      reviewApps: true,
      forks: false,
      deleteStale: false,
      hoursBeforeDeleteStale: 0,
    });
    expect(app('shop-frontend').scmLink?.settings).toMatchObject({ reviewApps: true, forks: true });
    expect(app('shop-api-staging').scmLink).toMatchObject({ linker: null }); // 404: no link, no settings
    expect(app('shop-api-staging').scmLink?.settings).toBeUndefined();
  });

  it('a link stored before its settings were kept is read once more, then kept', async () => {
    const c = client();
    const cold = await scanAccount(c);
    const old = structuredClone(cold.snapshot);
    for (const a of old.apps) if (a.scmLink) delete a.scmLink.settings;
    mock.clearLog();
    const warm = await scanAccount(c, { activity: cold.activity, known: old });
    const linked = cold.snapshot.apps.filter((a) => a.scmLink?.linker).map((a) => a.name);
    expect(new Set(reads('/scm_repo_link').map((l) => l.path.split('/')[5]))).toEqual(new Set(linked));
    mock.clearLog();
    await scanAccount(c, { activity: warm.activity, known: warm.snapshot });
    expect(reads('/scm_repo_link')).toEqual([]);
  });
});

describe('the API tokens', () => {
  it('are read in one request, with names and dates only', async () => {
    const { snapshot } = await scanAccount(client());
    expect(reads('/v1/tokens')).toHaveLength(1);
    expect(snapshot.apiTokens?.map((t) => [t.name, t.lastUsedAt === null])).toEqual([
      ['access-review', false],
      ['ci-deploy', false],
      ['old-laptop', false],
      ['test-script', true],
    ]);
    expect(JSON.stringify(snapshot.apiTokens)).not.toContain('tk-us-');
  });

  it('one malformed entry is left out and reported; the other tokens are kept', async () => {
    const alice = mock.state.tokens.find((t) => t.token === DEMO_TOKENS.alice)!;
    mock.state.tokens.push({ ...alice, token: 'tk-hostile', id: 'tok-hostile', name: 'x', created_at: 'yesterday' });
    const { snapshot } = await scanAccount(client());
    expect(snapshot.apiTokens?.map((t) => t.name)).toEqual(['access-review', 'ci-deploy', 'old-laptop', 'test-script']);
    expect(snapshot.errors).toEqual([
      expect.objectContaining({ scope: 'account', message: expect.stringMatching(/1 malformed API token left out/) }),
    ]);
  });

  it('a failed read is reported and keeps the list last read', async () => {
    const c = client();
    const cold = await scanAccount(c);
    mock.setFaults({ failures: [{ path: '^/v1/tokens$', status: 500 }] });
    const again = await scanAccount(c, { activity: cold.activity, known: cold.snapshot });
    expect(again.snapshot.errors).toEqual([expect.objectContaining({ scope: 'account' })]);
    expect(again.snapshot.apiTokens).toEqual(cold.snapshot.apiTokens);
  });
});
