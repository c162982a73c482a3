import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

// `GET /v1/apps/{app}/scm_repo_link` as docs/scalingo-api.md §8 documents it.

let mock: MockScalingo;
beforeEach(async () => (mock = await start()));
afterEach(() => mock.close());
const link = async (app: string, token: string = DEMO_TOKENS.alice) =>
  call(`${mock.regionUrl('osc-fr1')}/v1/apps/${app}/scm_repo_link`, { bearer: await exchange(mock, token) });

describe('GET /v1/apps/{app}/scm_repo_link', () => {
  it('answers the link with its linker, from the dataset', async () => {
    const answer = await link('shop-frontend');
    expect(answer.status).toBe(200);
    expect(answer.json.scm_repo_link).toMatchObject({
      linker: { username: 'bruno', email: 'bruno@acme.example', id: expect.stringMatching(/^us-/) },
      repo: 'shop-frontend',
      branch: 'main',
      deploy_review_apps_enabled: true,
    });
  });

  it('404 when the app has no link, and for an app the caller cannot see', async () => {
    expect((await link('shop-api-staging')).status).toBe(404);
    expect((await link('shop-frontend', DEMO_TOKENS.julien)).status).toBe(404);
  });
});
