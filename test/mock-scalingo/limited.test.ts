import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

// The switch for what a Limited Collaborator gets on an app's own reads (limited.ts).

let mock: MockScalingo;
beforeEach(async () => (mock = await start()));
afterEach(() => mock.close());

const collaborators = async (token: string, app: string) =>
  call(`${mock.regionUrl('osc-fr1')}/v1/apps/${app}/collaborators`, { bearer: await exchange(mock, token) });

describe('limited reads', () => {
  it('default 200: a Limited caller reads the app’s collaborators', async () => {
    expect((await collaborators(DEMO_TOKENS.julien, 'docs-portal')).status).toBe(200);
  });

  it.each([401, 403])(
    'set to %i over the control route: Limited callers get it on the app’s resources, no one else',
    async (status) => {
      expect((await call(`${mock.url}/_mock/limited-reads`, { method: 'POST', body: { answer: status } })).status).toBe(
        204,
      );
      const refused = await collaborators(DEMO_TOKENS.julien, 'docs-portal');
      expect(refused.status).toBe(status);
      expect(refused.json.error).toEqual(expect.any(String));
      const bearer = await exchange(mock, DEMO_TOKENS.julien);
      expect((await call(`${mock.regionUrl('osc-fr1')}/v1/apps/docs-portal`, { bearer })).status).toBe(200); // the app itself
      expect((await call(`${mock.regionUrl('osc-fr1')}/v1/apps/docs-portal/events`, { bearer })).status).toBe(status);
      expect((await collaborators(DEMO_TOKENS.alice, 'docs-portal')).status).toBe(200); // its owner
      expect((await collaborators(DEMO_TOKENS.alice, 'partner-portal')).status).toBe(status); // alice is Limited there
      expect((await collaborators(DEMO_TOKENS.alice, 'billing-api-prod')).status).toBe(200); // and full there
    },
  );

  it('refuses a status it does not model', async () => {
    expect((await call(`${mock.url}/_mock/limited-reads`, { method: 'POST', body: { answer: 500 } })).status).toBe(400);
  });
});
