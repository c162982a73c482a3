import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, runCli } from './run-cli';

// A "keep as is" with its reason counts as reviewed until the review period ends, and the command
// line says "kept", not "accepted" (issue #18, item 3), in the table and the Markdown pack alike.

let mock: MockScalingo;
let env: Record<string, string>;
let dir: string;
beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url };
  dir = mkdtempSync(join(tmpdir(), 'sar-cli-kept-'));
});
afterEach(() => mock.close());

type Record_ = { findings: Array<{ id: string; priority: string }>; acceptances: unknown[]; decisions: unknown[] };

async function exported(): Promise<Record_> {
  return JSON.parse((await runCli(['audit', '--format', 'json'], env)).stdout) as Record_;
}
function write(record: Record_): string {
  const file = join(dir, `review-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(record));
  return file;
}
const p1Ids = (r: Record_) => r.findings.filter((f) => f.priority === 'P1').map((f) => f.id);

describe('kept decisions in the command line', () => {
  it('a kept acceptance shows as kept in the table and the Markdown pack, an accepted risk as accepted', async () => {
    const record = await exported();
    const now = Date.now();
    const [kept, ...others] = p1Ids(record);
    record.acceptances = [kept!, ...others].map((findingId, i) => ({
      findingId,
      justification: 'Contracted until March',
      by: 'alice@acme.example',
      acceptedAt: new Date(now - 86_400_000).toISOString(),
      expiresAt: new Date(now + 30 * 86_400_000).toISOString(),
      ...(i === 0 ? { kind: 'kept' } : {}),
    }));
    const file = write(record);
    const table = await runCli(['audit', '--review', file], env);
    expect(table.stdout).toMatch(/^P1 +kept +/m);
    const md = await runCli(['audit', '--format', 'md', '--review', file], env);
    expect(md.stdout).toMatch(/\| P1 \|[^\n]*\| kept as is \|/);
    if (others.length > 0) expect(table.stdout).toMatch(/^P1 +accepted +/m);
  });

  it('a reasoned keep decision in a draft counts as kept for the policy’s review period, then no more', async () => {
    const record = await exported();
    const decision = (daysAgo: number) =>
      p1Ids(record).map((findingId) => ({
        findingId,
        kind: 'keep',
        justification: 'Contracted until March',
        until: null,
        decidedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      }));
    record.acceptances = [];
    record.decisions = decision(1);
    const fresh = await runCli(['audit', '--fail-on', 'P1', '--review', write(record)], env);
    expect(fresh.stdout).toMatch(/^P1 +kept +/m);
    expect(fresh.code).toBe(0);
    record.decisions = decision(120);
    const old = await runCli(['audit', '--fail-on', 'P1', '--review', write(record)], env);
    expect(old.stdout).not.toMatch(/^P1 +kept +/m);
    expect(old.code).toBe(1);
  });
});
