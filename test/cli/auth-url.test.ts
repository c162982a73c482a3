import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/audit';
import type { FetchLike } from '../../lib/scalingo/http';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';

// SCALINGO_AUTH_URL receives the API token (Basic) at the first request: over plain http it
// would cross the network in clear. Plain http is for a server on this machine only (the mock,
// a local proxy); anything else is a usage error before a single byte is sent.

let mock: MockScalingo | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function audit(authUrl: string, fetch: FetchLike) {
  let stdout = '';
  let stderr = '';
  const env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: authUrl };
  const code = await main(['audit'], {
    env,
    version: 'test',
    fetch,
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('SCALINGO_AUTH_URL over plain http', () => {
  it.each([
    'http://auth.example.test',
    'http://10.0.0.5:8080',
    'http://127.0.0.1.attacker.test',
    'http://localhost.attacker.test:4010',
    'http://[::2]:4010',
    'HTTP://auth.scalingo.com',
  ])('%s is refused in one line, and nothing is sent', async (authUrl) => {
    const sent: string[] = [];
    const r = await audit(authUrl, async (input) => (sent.push(input), new Response('{}', { status: 500 })));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^scalingo-access-review: SCALINGO_AUTH_URL .* would send the token in clear: use https \(plain http only for this machine: 127\.x\.x\.x, localhost, \[::1\]\)\n$/,
    );
    expect(r.stdout).toBe('');
    expect(sent).toEqual([]);
  });

  it.each(['http://localhost:4999', 'http://127.8.9.10:4999', 'http://[::1]:4999'])(
    '%s (this machine) is used as given',
    async (alias) => {
      // The mock advertises its regions under the alias; the alias is routed to the mock.
      const started = await startMockScalingo({ dataset: 'demo', rateLimit: false, publicUrl: alias });
      mock = started;
      const sent: string[] = [];
      const r = await audit(alias, (input, init) => {
        sent.push(`${init.method ?? 'GET'} ${input}`);
        return input.startsWith(alias)
          ? globalThis.fetch(started.url + input.slice(alias.length), init)
          : Promise.reject(new Error(`not routed: ${input}`));
      });
      expect(r.stderr).not.toMatch(/SCALINGO_AUTH_URL/);
      expect(r.code).toBe(0);
      expect(sent).toContain(`POST ${alias}/v1/tokens/exchange`);
      expect(sent.every((s) => s.includes(` ${alias}/`))).toBe(true);
    },
  );

  it('https to any host stays accepted (a proxy given on purpose)', async () => {
    const sent: string[] = [];
    const r = await audit(
      'https://auth.proxy.example.test',
      async (input) => (sent.push(input), new Response('{"error":"no"}', { status: 401 })),
    );
    expect(r.stderr).not.toMatch(/in clear/);
    expect(sent[0]).toBe('https://auth.proxy.example.test/v1/tokens/exchange');
  });
});
