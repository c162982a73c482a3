import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_OTHER_TOKENS, DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

// `GET https://auth.scalingo.com/v1/tokens` as docs/scalingo-api.md §1.1 and §8 document it: the
// caller's tokens with the documented example's fields, never a token's value.

let mock: MockScalingo;
beforeEach(async () => (mock = await start()));
afterEach(() => mock.close());
const tokens = async (token: string) => call(`${mock.url}/v1/tokens`, { bearer: await exchange(mock, token) });
const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/api-examples/tokens-01.json'), 'utf8'),
) as { tokens: Array<Record<string, unknown>> };

describe('GET /v1/tokens', () => {
  it("lists the caller's tokens with the documented example's fields, and no token value", async () => {
    const answer = await tokens(DEMO_TOKENS.alice);
    expect(answer.status).toBe(200);
    expect(answer.json.tokens.map((t: { name: string }) => t.name)).toEqual([
      'access-review',
      'ci-deploy',
      'old-laptop',
      'test-script',
    ]);
    const fields = Object.keys(example.tokens[0]!).sort();
    for (const t of answer.json.tokens) expect(Object.keys(t).sort()).toEqual(fields);
    expect(answer.text).not.toContain('tk-us-');
  });

  it('moves last_used_at on each exchange (the documented meaning), and only for that token', async () => {
    const before = Date.now();
    const answer = await tokens(DEMO_TOKENS.alice);
    const byName = new Map(answer.json.tokens.map((t: { name: string }) => [t.name, t]));
    expect(Date.parse((byName.get('access-review') as { last_used_at: string }).last_used_at)).toBeGreaterThanOrEqual(
      before - 1000,
    );
    expect(byName.get('test-script')).toMatchObject({ last_used_at: null });
  });

  it('shows another user only their own tokens, and none once a token is revoked', async () => {
    expect((await tokens(DEMO_TOKENS.julien)).json.tokens.map((t: { name: string }) => t.name)).toEqual(['julien-cli']);
    await call(`${mock.url}/_mock/revoke`, { method: 'POST', body: { token: DEMO_OTHER_TOKENS.laptop } });
    const names = (await tokens(DEMO_TOKENS.alice)).json.tokens.map((t: { name: string }) => t.name);
    expect(names).not.toContain('old-laptop');
  });

  it('refuses a caller without a bearer', async () => {
    expect((await call(`${mock.url}/v1/tokens`)).status).toBe(401);
  });
});
