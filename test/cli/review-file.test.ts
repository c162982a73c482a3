import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/audit';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';

// `--review file.json` is a file anyone may have edited: its dates are read as dates, and an
// accepted risk lasts at most a year from when it was accepted, never from a date to come.

let mock: MockScalingo;
let env: Record<string, string>;
let record: { findings: Array<{ id: string; priority: string }>; acceptances: unknown[] };
const dir = mkdtempSync(join(tmpdir(), 'sar-cli-review-'));
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function audit(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['audit', ...args], {
    env,
    version: 'test',
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
  });
  return { code, stdout, stderr };
}
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url };
  record = JSON.parse((await audit(['--format', 'json'])).stdout);
});
afterAll(() => mock.close());

/** A review file accepting every P1 finding with these dates. */
function reviewFile(acceptedAt: string, expiresAt: string): string {
  const p1 = record.findings.filter((f) => f.priority === 'P1');
  const file = join(dir, `review-${Math.random().toString(36).slice(2)}.json`);
  const acceptances = p1.map((f) => ({
    findingId: f.id,
    justification: 'Hardware key on order',
    by: 'alice@acme.example',
    acceptedAt,
    expiresAt,
  }));
  writeFileSync(file, JSON.stringify({ ...record, acceptances }));
  return file;
}

describe('--review dates', () => {
  it('an acceptance that runs now keeps the job green (the baseline)', async () => {
    expect(
      (await audit(['--fail-on', 'P1', '--review', reviewFile(iso(Date.now() - DAY), iso(Date.now() + 30 * DAY))]))
        .code,
    ).toBe(0);
  });

  it.each([
    [
      'accepted in the year 2999',
      '2999-01-01T00:00:00.000Z',
      '2999-06-01T00:00:00.000Z',
      /acceptedAt .*2999-01-01.* is not a plausible date/,
    ],
    [
      'accepted next month, until in 13 months',
      iso(Date.now() + 30 * DAY),
      iso(Date.now() + 390 * DAY),
      /acceptedAt .* is in the future/,
    ],
    [
      'accepted in 1970',
      '1970-01-01T00:00:00.000Z',
      '2099-01-01T00:00:00.000Z',
      /acceptedAt .*1970.* is not a plausible date/,
    ],
    ['accepted "yesterday"', 'yesterday', iso(Date.now() + 30 * DAY), /acceptedAt "yesterday" is not a date/],
    ['until "soon"', iso(Date.now() - DAY), 'soon', /expiresAt "soon" is not a date/],
    [
      'until the year 99999',
      iso(Date.now() - DAY),
      '+099999-01-01T00:00:00.000Z',
      /expiresAt .* is not a plausible date/,
    ],
  ])('%s: refused with a clear error, nothing accepted', async (_name, acceptedAt, expiresAt, said) => {
    const r = await audit(['--fail-on', 'P1', '--review', reviewFile(acceptedAt, expiresAt)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(said);
    expect(r.stderr).toMatch(/review-.*\.json/);
    expect(r.stdout).toBe('');
  });

  it('the one-year cap counts from when it was accepted: accepted 400 days ago, it has run out', async () => {
    const r = await audit([
      '--fail-on',
      'P1',
      '--review',
      reviewFile(iso(Date.now() - 400 * DAY), iso(Date.now() + 30 * DAY)),
    ]);
    expect(r.code).toBe(1);
  });
});

describe('--review decisions', () => {
  it('a "keep" whose decidedAt is not a date is a clear usage error, not a stack trace', async () => {
    const p1 = record.findings.find((f) => f.priority === 'P1')!;
    const file = join(dir, `review-${Math.random().toString(36).slice(2)}.json`);
    const decisions = [{ findingId: p1.id, kind: 'keep', justification: 'contracted', until: null, decidedAt: 'soon' }];
    writeFileSync(file, JSON.stringify({ ...record, decisions }));
    const r = await audit(['--fail-on', 'P1', '--review', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/review-.*\.json: the decision on .*decidedAt "soon" is not a date/);
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
