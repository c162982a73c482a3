import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, runCli } from './run-cli';

// Issue #16's "done when", for the command line: every rule beyond roles shows up in `audit`'s
// output for the demo account, in the terminal table a cron mail carries and in the JSON a CI
// job parses, each on the app, person or token the demo dataset gives it.

let mock: MockScalingo;
let env: Record<string, string>;
beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url };
});
afterEach(() => mock.close());

/** Each rule, with the line its demo situation prints in the table. */
const RULES: [rule: string, line: RegExp][] = [
  ['review-app-drift', /ines has more access to review app shop-api-production-pr42/],
  ['review-app-stale', /still has access to review app shop-frontend-pr7, \d+ days old/],
  ['scm-auto-deploy', /shop-api-production deploys automatically from acme\/shop-api@main/],
  ['scm-fork-review-apps', /shop-frontend creates review apps from forks/],
  ['scm-linker-gone', /The repository of docs-portal is linked by victor/],
  ['api-token-unused', /API token “old-laptop” is not in use: delete it/],
  ['api-token-old', /API token “ci-deploy” is \d+ days old: renew it/],
  ['service-account-spread', /Service account deploy-bot is a Collaborator on 2 apps/],
];

describe('the rules beyond roles on the demo account', () => {
  it('each shows in the table', async () => {
    const r = await runCli(['audit'], env);
    expect(r.code).toBe(0);
    for (const [, line] of RULES) expect(r.stdout).toMatch(line);
  });

  it('each is in the JSON report under its rule id, open', async () => {
    const r = await runCli(['audit', '--format', 'json'], env);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; state: string }[] }).findings;
    for (const [rule] of RULES)
      expect(findings.filter((f) => f.rule === rule && f.state === 'open').length, rule).toBeGreaterThan(0);
  });
});

describe('their knobs in the --policy file, with the settings page’s names', () => {
  const policyFile = (policy: object) => {
    const file = join(mkdtempSync(join(tmpdir(), 'sar-policy-')), 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    return file;
  };

  it('are applied: a longer window, a later age, the findings they covered are gone', async () => {
    const file = policyFile({ reviewAppMaxAgeDays: 200, tokenUnusedDays: 300, tokenMaxAgeDays: 600 });
    const r = await runCli(['audit', '--policy', file], env);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/review app shop-frontend-pr7, \d+ days old/);
    expect(r.stdout).not.toMatch(/“old-laptop” is not in use/);
    expect(r.stdout).not.toMatch(/“ci-deploy” is \d+ days old/);
    expect(r.stdout).toMatch(/“test-script” is not in use/); // never used: no window keeps it
  });

  it("never calls the run's own token the extension's", async () => {
    const file = policyFile({ tokenUnusedDays: 7, tokenMaxAgeDays: 30 });
    const r = await runCli(['audit', '--policy', file], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/API token “/);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => /this extension uses|extension’?'?s settings|disconnects the extension/.test(l)),
    ).toEqual([]);
  });

  it.each([
    [{ tokenUnusedDays: 3 }, /tokenUnusedDays: .*7/],
    [{ reviewAppMaxAgeDays: 'thirty' }, /reviewAppMaxAgeDays: /],
    [{ tokenMaxAgeDays: 10_000 }, /tokenMaxAgeDays: .*3650/],
  ])('a bad value (%j) is a usage error naming the knob', async (policy, said) => {
    const r = await runCli(['audit', '--policy', policyFile(policy)], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
    expect(r.stdout).toBe('');
  });
});
