import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import type { Finding } from '../../../lib/engine/finding';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// The rules beyond roles on the demo account, scanned from the mock over HTTP: each situation
// the dataset models (review apps, the SCM link, API tokens, a service account) gets its
// finding, and the people and apps that are fine get none.

let mock: MockScalingo;
let findings: Finding[];
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const client = new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
  });
  const { snapshot } = await scanAccount(client);
  findings = runRules(snapshot, parsePolicy({}), new Date());
});
afterAll(() => mock.close());

const of = (rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map((f) => [
      f.app?.name ?? null,
      f.person?.email ?? f.title.vars?.person ?? f.title.vars?.name ?? null,
      f.priority,
      f.action,
    ]);

describe('the demo account beyond roles', () => {
  it.each([
    [
      'review-app-drift',
      [
        ['shop-api-production-pr42', 'hugo@acme.example', 'P2', 'downgrade'],
        ['shop-api-production-pr42', 'ines@acme.example', 'P2', 'revoke'],
      ],
    ],
    [
      'review-app-stale',
      [
        ['shop-frontend-pr7', 'bruno@acme.example', 'P3', 'revoke'],
        ['shop-frontend-pr7', 'chloe@acme.example', 'P3', 'revoke'],
      ],
    ],
    ['scm-auto-deploy', [['shop-api-production', null, 'P3', 'review']]],
    ['scm-fork-review-apps', [['shop-frontend', null, 'P2', 'review']]],
    [
      'scm-linker-gone',
      [
        ['docs-portal', 'victor', 'P2', 'review'],
        ['marketing-site', 'paul', 'P2', 'review'],
      ],
    ],
    [
      'api-token-unused',
      [
        [null, 'old-laptop', 'P3', 'review'],
        [null, 'test-script', 'P3', 'review'],
      ],
    ],
    ['api-token-old', [[null, 'ci-deploy', 'P4', 'review']]],
    ['service-account-spread', [[null, 'deploy-bot@acme.example', 'P3', 'review']]],
  ])('%s', (rule, expected) => {
    const sort = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sort(of(rule))).toEqual(sort(expected));
  });

  it('the token running the review is neither old nor unused', () => {
    expect(findings.filter((f) => f.title.vars?.name === 'access-review')).toEqual([]);
  });
});
