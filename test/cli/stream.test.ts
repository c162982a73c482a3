import { spawn } from 'node:child_process';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewRecord, ReviewedFindingRecord } from '../../lib/review/record';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { buildCli, CLI, runCli } from './run-cli';

// A long scan in a CI log: progress lines naming the phase and the app, and `--stream`, the
// findings as NDJSON on stdout, each once, the first ones while the scan still reads.

let mock: MockScalingo;
let env: Record<string, string>;
beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url, LANG: 'en_US.UTF-8' };
});
afterEach(() => mock.close());

describe('audit on a long scan', () => {
  it('--stream writes each finding once as a JSON line, the first ones before any event is read', async () => {
    // Demo account: 1 exchange + 3 + 2 × 2 regions + 2 apps not owned, then nothing is answered.
    mock.setFaults({ holdAfterRequests: 10 });
    const child = spawn(process.execPath, [CLI, 'audit', '--stream'], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const written = () =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => ReviewedFindingRecord.parse(JSON.parse(l)));
    // Lines may come in several chunks: wait for those that need no events.
    await vi.waitFor(
      () =>
        expect(written().map((f) => f.rule)).toEqual(
          expect.arrayContaining(['missing-2fa', 'deleted-account', 'personal-owner']),
        ),
      { timeout: 30_000, interval: 50 },
    );
    expect(child.exitCode).toBeNull(); // still scanning
    expect(mock.log().filter((l) => /\/(events|scm_repo_link)$/.test(l.path))).toEqual([]);
    mock.setFaults({ holdAfterRequests: null });
    expect(await closed).toBe(0);

    const lines = written();
    const ids = lines.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const whole = ReviewRecord.parse(JSON.parse((await runCli(['audit', '--format', 'json'], env)).stdout));
    expect([...ids].sort()).toEqual(whole.findings.map((f) => f.id).sort());
    // Every line written, early or late, is final: what the whole report says.
    for (const f of lines) expect(whole.findings.find((w) => w.id === f.id)).toEqual(f);
    expect(stderr).toMatch(/\d+ open finding\(s\)/);
  });

  it('off a terminal, progress names the phase, then each app as its events are read', async () => {
    const r = await runCli(['audit'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^scanning: apps…$/m);
    expect(r.stderr).toMatch(/^scanning: events · shop-api-staging \(\d+\/\d+ apps\)$/m);
    const apps = r.stderr.match(/^scanning: events · .+ \((\d+)\/(\d+) apps\)$/gm)!;
    expect(apps.at(-1)).toMatch(/\((\d+)\/\1 apps\)$/);
  });

  it('progress lines follow the language: LANG, or --lang over it, in French with a no-break space', async () => {
    const fr = await runCli(['audit'], { ...env, LANG: 'fr_FR.UTF-8' });
    expect(fr.code).toBe(0);
    expect(fr.stderr).toMatch(/^analyse\u00a0: applications…$/m);
    expect(fr.stderr).toMatch(/^analyse\u00a0: activité · shop-api-staging \(\d+\/\d+ applications\)$/m);
    expect(fr.stderr).not.toMatch(/scanning/);
    const en = await runCli(['audit', '--lang', 'en'], { ...env, LANG: 'fr_FR.UTF-8' });
    expect(en.stderr).toMatch(/^scanning: events · shop-api-staging \(\d+\/\d+ apps\)$/m);
    const byFlag = await runCli(['audit', '--lang', 'fr'], env);
    expect(byFlag.stderr).toMatch(/^analyse\u00a0: compte…$/m);
  });
});
