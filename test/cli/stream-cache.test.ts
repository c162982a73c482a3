import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_OTHER_TOKENS, DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, runCli } from './run-cli';

// `--stream` with `--cache`: the cache brings last run's API tokens, which the scan reads again
// beside the apps' details. A token finding of the cache's list is not final until the list is
// read again; a part of the account that could not be read shows in the stream as it does in
// the JSON report (`incomplete`), one line each.

let mock: MockScalingo;
let env: Record<string, string>;
let dir: string;
beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url, LANG: 'en_US.UTF-8' };
  dir = mkdtempSync(join(tmpdir(), 'sar-cli-stream-cache-'));
});
afterEach(() => mock.close());

type Report = { findings: Array<{ id: string; rule: string }>; incomplete: unknown[] };

describe('--stream with --cache', () => {
  it('writes only final findings, and the parts not read as the JSON report does', async () => {
    // shop-api-staging's events cannot be read, in both runs.
    const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app.id;
    mock.setFaults({ failures: [{ path: `/apps/${staging}/events$`, status: 404 }] });
    const cache = join(dir, 'cache.json');
    const first = await runCli(['audit', '--cache', cache, '--format', 'json'], env);
    const before = JSON.parse(first.stdout) as Report;
    const tokenIds = (r: Report) => r.findings.filter((f) => f.rule.startsWith('api-token-')).map((f) => f.id);
    expect(tokenIds(before).length).toBeGreaterThan(0);
    // Since the cache was written, the old tokens were deleted on the dashboard.
    for (const t of Object.values(DEMO_OTHER_TOKENS)) mock.revokeToken(t);

    const report = join(dir, 'report.json');
    const run = await runCli(['audit', '--cache', cache, '--stream', '--format', 'json', '--output', report], env);
    expect(run.code).toBe(3);
    const whole = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(tokenIds(whole)).toEqual([]);
    const lines = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id?: string; incomplete?: unknown });
    // Every finding written is one of the run's report: no token of the cache's list.
    const findings = lines.filter((l) => l.id !== undefined);
    for (const f of findings) expect(whole.findings).toContainEqual(f);
    expect(findings.map((f) => f.id).sort()).toEqual(whole.findings.map((f) => f.id).sort());
    // The part that failed, as the JSON report says it.
    expect(whole.incomplete).toContainEqual(expect.objectContaining({ scope: 'app', app: 'shop-api-staging' }));
    expect(lines.filter((l) => l.incomplete !== undefined).map((l) => l.incomplete)).toEqual(whole.incomplete);
  });
});
