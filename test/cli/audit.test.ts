import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, runCli } from './run-cli';
import { validSarif } from './sarif-schema';

// `audit` as a cron job or a CI step would run it: exit codes, the review file's accepted risks,
// the cache, the output file, region filters, and what it says when things go wrong.

let mock: MockScalingo;
let env: Record<string, string>;
let dir: string;
beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url };
  dir = mkdtempSync(join(tmpdir(), 'sar-cli-'));
});
afterEach(() => mock.close());
const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('exit codes', () => {
  it('1 when an open finding is at or above --fail-on, 0 below it', async () => {
    expect((await runCli(['audit', '--fail-on', 'P2'], env)).code).toBe(1);
    expect((await runCli(['audit', '--fail-on', 'p1'], env)).code).toBe(1);
    mock.state.apps.find((a) => a.app.name === 'payments-secnum')!.collaborators.forEach((c) => (c.tfa_status = true));
    expect((await runCli(['audit', '--fail-on', 'P1'], env)).code).toBe(0);
  });

  it.each([
    [['audit', '--format', 'xml'], /--format must be one of table, json, csv, md, sarif/],
    [['audit', '--fail-on', 'P5'], /--fail-on must be one of P1, P2, P3, P4/],
    [['audit', '--nope'], /Unknown option '--nope'/],
    [['inspect'], /unknown command: inspect/],
    [[], /missing command/],
  ])('2 with one line on a usage error (%j)', async (args, said) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('2 without a token, and with a revoked one, saying so in one line', async () => {
    const none = await runCli(['audit'], { SCALINGO_AUTH_URL: mock.url });
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/SCALINGO_API_TOKEN is not set/) });
    mock.revokeToken(DEMO_TOKENS.alice);
    const revoked = await runCli(['audit'], env);
    expect(revoked.code).toBe(2);
    expect(revoked.stderr).toMatch(/^scalingo-access-review: authentication failed: Token invalid or revoked/m);
    expect(revoked.stdout).toBe('');
  });

  it('3 when a region cannot be read: the other regions are reported, and the missing one named', async () => {
    mock.setFaults({ failures: [{ path: '/regions/osc-secnum-fr1/v1/apps$', status: 503 }] });
    const r = await runCli(['audit'], env);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('shop-api-staging (osc-fr1)');
    expect(r.stdout).toMatch(/Incomplete: 1 part of the account could not be read:\n {2}osc-secnum-fr1: /);
    expect(r.stderr).toMatch(/could not read osc-secnum-fr1/);
    const sarif = JSON.parse((await runCli(['audit', '--format', 'sarif'], env)).stdout);
    expect(validSarif(sarif)).toBe(true);
    expect(sarif.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error' }],
    });
  });
});

describe('apps the token may not read with its role there', () => {
  it('one 401 on one app’s collaborators: the app is named, the token is not called revoked, the run is no failure', async () => {
    mock.setFaults({ failures: [{ path: '/apps/billing-api-prod/collaborators$', status: 401 }] });
    const r = await runCli(['audit'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/revoked|authentication failed/);
    expect(r.stderr).toMatch(/billing-api-prod: not readable with your role there/);
    expect(r.stdout).toMatch(
      /Not readable with your role \(1 app\): ask its owner for a review of it\n {2}osc-fr1\/billing-api-prod/,
    );
    expect(r.stdout).not.toMatch(/Incomplete/);
    expect((await runCli(['audit', '--fail-on', 'P1'], env)).code).toBe(1);
  });

  it.each([401, 403] as const)(
    'Scalingo answering %i to a Limited caller’s reads: exit 0 and a note in SARIF, not an error',
    async (status) => {
      mock.setLimitedReads(status);
      const r = await runCli(['audit'], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('osc-fr1/partner-portal');
      const sarif = JSON.parse((await runCli(['audit', '--format', 'sarif'], env)).stdout);
      expect(validSarif(sarif)).toBe(true);
      expect(sarif.runs[0].invocations[0]).toMatchObject({
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'note' }],
      });
    },
  );
});

describe('accepted risks from a review exported by the extension', () => {
  async function reviewFile(expiresInDays: number, acceptedDaysAgo = 0): Promise<string> {
    const record = JSON.parse((await runCli(['audit', '--format', 'json'], env)).stdout);
    const p1 = record.findings.filter((f: { priority: string }) => f.priority === 'P1');
    const at = Date.now() + expiresInDays * 86_400_000;
    const acceptedAt = new Date(Date.now() - acceptedDaysAgo * 86_400_000).toISOString();
    record.acceptances = p1.map((f: { id: string }) => ({
      findingId: f.id,
      justification: 'Hardware key on order',
      by: 'alice@acme.example',
      acceptedAt,
      expiresAt: new Date(at).toISOString(),
    }));
    const file = join(dir, 'review.json');
    writeFileSync(file, JSON.stringify(record));
    return file;
  }

  it('do not fail the job while they run, and do once they expired', async () => {
    expect((await runCli(['audit', '--fail-on', 'P1'], env)).code).toBe(1);
    const accepted = await runCli(['audit', '--fail-on', 'P1', '--review', await reviewFile(30)], env);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^P1 +accepted +payments-secnum/m);
    const sarif = JSON.parse(
      (await runCli(['audit', '--format', 'sarif', '--review', await reviewFile(30)], env)).stdout,
    );
    expect(validSarif(sarif)).toBe(true);
    expect(
      sarif.runs[0].results.find(
        (x: { level: string; suppressions?: unknown[] }) => x.level === 'error' && x.suppressions,
      )?.suppressions?.[0],
    ).toMatchObject({ kind: 'external', justification: expect.stringContaining('Hardware key on order') });
    expect((await runCli(['audit', '--fail-on', 'P1', '--review', await reviewFile(-1)], env)).code).toBe(1);
    // Accepted two years ago until next year (a hand-edited file): it ran out after a year, as in the extension.
    expect((await runCli(['audit', '--fail-on', 'P1', '--review', await reviewFile(300, 730)], env)).code).toBe(1);
  });

  it('a file that is not a review is a usage error', async () => {
    const file = join(dir, 'nope.json');
    writeFileSync(file, '{"hello": 1}');
    expect(await runCli(['audit', '--review', file], env)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/is not a review exported by the extension/),
    });
  });
});

describe('options', () => {
  it('--cache makes the next run incremental, and a damaged cache means a full scan with a warning', async () => {
    const cache = join(dir, 'scan.json');
    await runCli(['audit', '--cache', cache], env);
    expect(readFileSync(cache, 'utf8')).not.toContain(DEMO_TOKENS.alice);
    const events = () => mock.log().filter((l) => l.path.endsWith('/events')).length;
    const full = events();
    mock.clearLog();
    const again = await runCli(['audit', '--cache', cache], env);
    expect(again.code).toBe(0);
    expect(full).toBeGreaterThan(5);
    expect(events()).toBe(0);
    writeFileSync(cache, '{"format": "scalingo-access-review-cache/v1", "snapshot": ');
    mock.clearLog();
    const damaged = await runCli(['audit', '--cache', cache], env);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toMatch(/warning: the cache .* is damaged: full scan/);
    expect(events()).toBe(full);
  });

  it('--output writes the report there and nothing on stdout', async () => {
    const out = join(dir, 'report.sarif');
    const r = await runCli(['audit', '--format', 'sarif', '--output', out], env);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect(r.stderr).toContain(`report written to ${out}`);
    const nowhere = await runCli(['audit', '--output', join(dir, 'missing', 'report.txt')], env);
    expect(nowhere).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot write the report to .*missing\/report\.txt/),
    });
  });

  it('--region keeps to those regions; an unknown one is a usage error', async () => {
    const r = await runCli(['audit', '--region', 'osc-fr1'], env);
    expect(r.stdout).not.toContain('osc-secnum-fr1');
    expect(mock.log().some((l) => l.path.startsWith('/regions/osc-secnum-fr1'))).toBe(false);
    const unknown = await runCli(['audit', '--region', 'osc-mars1'], env);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown region osc-mars1: this account has osc-fr1, osc-secnum-fr1/),
    });
  });

  it('--policy: applied, and a typo in it is refused rather than ignored', async () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ trustedDomains: ['acme.example', 'pixel-agency.example'] }));
    const r = await runCli(['audit', '--policy', policy], env);
    expect(r.stdout).not.toMatch(/max-pixel has full access to .* from outside the team/);
    writeFileSync(policy, JSON.stringify({ lookbackDays: 30 }));
    expect(await runCli(['audit', '--policy', policy], env)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown field "lookbackDays"/),
    });
    writeFileSync(policy, JSON.stringify({ lookBackDays: 3 }));
    expect(await runCli(['audit', '--policy', policy], env)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/lookBackDays/),
    });
    expect(existsSync(join(dir, 'report'))).toBe(false);
  });

  it('--lang fr writes the report in French', async () => {
    const r = await runCli(['audit', '--lang', 'fr'], env);
    expect(r.stdout).toMatch(/^Revue des accès Scalingo de alice@acme\.example/);
    expect(r.stdout).toMatch(
      /^P1 +ouvert +payments-secnum .*farid n’a pas la 2FA sur payments-secnum → demander à la personne d’activer la 2FA$/m,
    );
  });
});
