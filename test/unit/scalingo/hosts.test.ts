import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { authUrlProblem, isScalingoRegionApi, regionApiAllowed } from '../../../lib/scalingo/hosts';
import type { FetchLike } from '../../../lib/scalingo/http';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// Where the token and the bearer may go: Scalingo's auth service, and region APIs at
// `https://api.<region>.scalingo.com` (or on the very server the user chose as auth service:
// the mock, a proxy). Other sites under scalingo.com (doc, blog, status) are run by third parties.

describe('host rules', () => {
  it.each([
    ['https://api.osc-fr1.scalingo.com', true],
    ['https://api.osc-secnum-fr1.scalingo.com/', true],
    ['http://api.osc-fr1.scalingo.com', false],
    ['https://api.osc-fr1.scalingo.com:8443', false],
    ['https://api.osc-fr1.scalingo.com.attacker.test', false],
    ['https://scalingo.com.attacker.test', false],
    ['https://attackerscalingo.com', false],
    ['https://user:pw@api.osc-fr1.scalingo.com', false],
    ['https://API.OSC-FR1.SCALINGO.COM', true],
    ['https://doc.scalingo.com', false],
    ['https://status.scalingo.com', false],
    ['https://blog.scalingo.com/osc-fr1', false],
    ['https://api.scalingo.com', false],
    ['https://api.osc-fr1.scalingo.com.', false],
    ['https://api.osc_fr1.scalingo.com', false],
    ['https://x.api.osc-fr1.scalingo.com', false],
    ['https://api.osc-fr1.scalingo.com/v1', false],
    ['https://api.osc-fr1.scalingo.com/?x=1', false],
    ['https://api.osc-fr1.scalingo.com/#x', false],
    ['not a url', false],
  ])('%s is a Scalingo region API: %s', (url, yes) => {
    expect(isScalingoRegionApi(url)).toBe(yes);
  });

  it('a region is on Scalingo, or on the auth service the user chose', () => {
    expect(regionApiAllowed('https://api.osc-fr1.scalingo.com', 'https://auth.scalingo.com')).toBe(true);
    expect(regionApiAllowed('https://api.attacker.test', 'https://auth.scalingo.com')).toBe(false);
    expect(regionApiAllowed('https://doc.scalingo.com', 'https://auth.scalingo.com')).toBe(false);
    expect(regionApiAllowed('http://127.0.0.1:4010/regions/osc-fr1', 'http://127.0.0.1:4010')).toBe(true);
    expect(regionApiAllowed('http://127.0.0.1:4011/regions/osc-fr1', 'http://127.0.0.1:4010')).toBe(false);
  });

  it.each([
    ['https://auth.scalingo.com', false, null],
    ['https://auth.scalingo.com/', false, null],
    ['http://auth.scalingo.com', false, /only ever sent to https:\/\/auth\.scalingo\.com/],
    ['https://auth.scalingo.com.attacker.test', false, /refused/],
    ['http://127.0.0.1:4010', false, /refused/],
    ['http://127.0.0.1:4010', true, null],
    ['http://localhost:4010', true, null],
    ['https://auth.attacker.test', true, /only https:\/\/auth\.scalingo\.com or a server on this machine/],
    ['http://127.0.0.1.attacker.test', true, /refused/],
    [42, false, /must be text/],
  ])('auth URL %s (loopback build: %s)', (url, loopback, problem) => {
    const said = authUrlProblem(url, loopback);
    if (problem === null) expect(said).toBeNull();
    else expect(said).toMatch(problem);
  });
});

// The regions' API URLs as a tampered answer would give them: a look-alike domain, or a site
// of Scalingo's domain that is no region API (run by a third party).
describe.each([
  ['https://api.{region}.scalingo.com.attacker.test', 'api.osc-fr1.scalingo.com.attacker.test'],
  ['https://doc.scalingo.com/{region}', 'doc.scalingo.com'],
])('a region whose API is advertised at %s', (publicUrl, host) => {
  let mock: MockScalingo;
  beforeEach(async () => {
    mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, publicUrl });
  });
  afterEach(() => mock.close());

  it('is refused with a clear error for that region; the bearer never goes there', async () => {
    const elsewhere: string[] = [];
    const fetch: FetchLike = (input, init) => {
      if (!input.startsWith(mock.url)) elsewhere.push(`${init.method} ${input}`);
      return globalThis.fetch(input.startsWith(mock.url) ? input : 'http://127.0.0.1:9/', init);
    };
    const client = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      fetch,
      limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
      retry: { maxTransient: 0 },
    });
    await expect(scanAccount(client)).rejects.toMatchObject({ kind: 'refused' });
    const regions = await client.regions();
    await expect(client.apps(regions[0]!.api)).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(
        new RegExp(`^${host.replace(/\./g, '\\.')} is not a Scalingo host .*the token is never sent there`),
      ),
    });
    await expect(client.removeCollaborator(regions[0]!.api, 'shop', 'co-1')).rejects.toMatchObject({ kind: 'refused' });
    expect(elsewhere).toEqual([]);
  });
});
