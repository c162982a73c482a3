import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './citations';

// `.ci/run`, the real script, on a copy of its corner of the repository: `npm` and the clock are
// fakes on the PATH (the clock answers `start` first, then `end`), the browsers are fake
// executables that tell a version. Over 1800 s the run fails with a clear line, whatever the tests said.

function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function ciRun(opts: { start: number; end: number; npmTest?: number; npmCi?: number }) {
  const root = mkdtempSync(join(tmpdir(), 'ci-run-'));
  made.push(root);
  for (const dir of ['.ci', 'test/harness', 'bin']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['.ci/run', 'test/harness/find-chromium.mjs', 'test/harness/find-firefox.mjs'])
    copyFileSync(join(ROOT, file), join(root, file));
  const bin = join(root, 'bin');
  const clock = join(root, 'clock');
  script(bin, 'date', `if [ -f ${clock} ]; then echo ${opts.end}; else touch ${clock}; echo ${opts.start}; fi`);
  script(
    bin,
    'npm',
    `case "$1" in ci) exit ${opts.npmCi ?? 0};; test) echo "12 passed, 0 failed"; exit ${opts.npmTest ?? 0};; esac; exit 2`,
  );
  const chromium = script(bin, 'fake-chromium', 'echo "Chromium 140.0.7339.185 built on Debian"');
  const firefox = script(bin, 'fake-firefox', 'echo "Mozilla Firefox 153.8.0esr"');
  const r = spawnSync('bash', [join(root, '.ci/run')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox },
  });
  const lines = r.stdout.trim().split('\n');
  return { status: r.status, stderr: r.stderr, lines, last: lines.at(-1) };
}

describe('.ci/run’s time budget (1800 s)', () => {
  it('a run within the budget passes and says how long it took', () => {
    const run = ciRun({ start: 1000, end: 2800 });
    expect(run.status).toBe(0);
    expect(run.lines).toContain('CI took 1800 s (budget 1800 s)');
    expect(run.last).toBe('12 passed, 0 failed');
    expect(run.stderr).not.toMatch(/budget/);
  });

  it('a run over the budget fails with the reason, and its closing line counts it as a failure', () => {
    const run = ciRun({ start: 1000, end: 2801 });
    expect(run.status).toBe(1);
    expect(run.lines).toContain('CI took 1801 s (budget 1800 s)');
    expect(run.stderr).toMatch(/CI FAILED: the run took 1801 s, over its budget of 1800 s/);
    expect(run.last).toBe('12 passed, 1 failed');
  });

  it('a failing npm test keeps its own exit status, and the time is still printed', () => {
    const run = ciRun({ start: 1000, end: 1300, npmTest: 3 });
    expect(run.status).toBe(3);
    expect(run.lines).toContain('CI took 300 s (budget 1800 s)');
  });

  it('a run stopped early (npm ci failed) prints the time too, and fails with a closing line', () => {
    const run = ciRun({ start: 1000, end: 1010, npmCi: 1 });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual(['CI took 10 s (budget 1800 s)', '0 passed, 1 failed']);
  });
});
