import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewRecord } from '../../lib/review/record';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, runCli } from './run-cli';
import { validSarif } from './sarif-schema';

// Every format of `audit`, from the built command against the mock, read back with real parsers.

let mock: MockScalingo;
let env: Record<string, string>;
beforeAll(async () => {
  buildCli();
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  // Hostile text in what the API returns: a formula, quotes, a comma, a newline, markup.
  for (const entry of mock.state.apps)
    for (const c of entry.collaborators)
      if (c.email === 'bruno@acme.example') c.username = '=HYPERLINK("http://x","y"),\n<b>bruno</b>';
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url, LANG: 'en_US.UTF-8' };
}, 60_000);
afterAll(() => mock.close());

describe('audit formats', () => {
  it('table: readable, no colour codes off a terminal, progress on stderr only', async () => {
    const r = await runCli(['audit'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Scalingo access review of alice@acme\.example/);
    expect(r.stdout).toMatch(/^P1 +open +payments-secnum .*farid@acme\.example .*→ ask the person to turn on 2FA$/m);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stdout).not.toContain('scanning');
    expect(r.stderr).toMatch(/scanning: apps…/);
    expect(r.stderr).toMatch(/\d+ open finding\(s\) \(1 P1, \d+ P2/);
  });

  it('json: the extension’s review record, plus what could not be read', async () => {
    const r = await runCli(['audit', '--format', 'json'], env);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ format: 'scalingo-access-review/v1', incomplete: [] });
    const record = ReviewRecord.parse(json);
    expect(record.findings.some((f) => f.rule === 'missing-2fa' && f.person === 'farid@acme.example')).toBe(true);
    expect(record.access.length).toBeGreaterThan(20);
  });

  it('csv: one row per finding, hostile values kept whole and formulas defused', async () => {
    const r = await runCli(['audit', '--format', 'csv'], env);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true, skip_empty_lines: true });
    const json = JSON.parse((await runCli(['audit', '--format', 'json'], env)).stdout);
    expect(rows).toHaveLength(json.findings.length);
    const bruno = rows.find((row) => row.title!.includes('<b>bruno</b> has full access'))!;
    expect(bruno.title).toMatch(/^'=HYPERLINK\("http:\/\/x","y"\),\n<b>bruno<\/b> has full access/);
    expect(Object.keys(rows[0]!)).toContain('priority');
  });

  it('md: the evidence pack', async () => {
    const r = await runCli(['audit', '--format', 'md'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain('farid@acme.example');
    expect(r.stdout).not.toContain('<b>bruno</b>'); // markup is escaped in Markdown
  });

  it('sarif: valid against the SARIF 2.1.0 schema, one result per finding', async () => {
    const r = await runCli(['audit', '--format', 'sarif'], env);
    const log = JSON.parse(r.stdout);
    expect(validSarif(log), JSON.stringify(validSarif.errors?.slice(0, 3))).toBe(true);
    expect(validSarif({ ...log, runs: [{ ...log.runs[0], tool: {} }] })).toBe(false); // the check can fail
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('scalingo-access-review');
    const ids: string[] = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(10);
    expect(run.results.length).toBeGreaterThan(10);
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBeTruthy();
      expect(result.partialFingerprints.findingId).toMatch(/^[a-z0-9-]+:/);
    }
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [] });
  });
});
