import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './citations';

// Issue #20: a broken Firefox build turns `npm test` red. test/run-all.mjs, the real script, on a
// copy of its corner of the repository, with `npx` a fake on the PATH that plays each step as
// the scenario says (a build that fails, `web-ext lint` finding an error, the Firefox suite
// failing or crashing) and writes the reports the real tools would. The rest passes.

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The fake `npx`: `FIREFOX` says how the Firefox side goes; every other step passes.
const NPX = `#!/usr/bin/env node
const { writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
const line = args.join(' ');
const scenario = process.env.FIREFOX;
const out = (args.find((a) => a.startsWith('--outputFile.json=')) ?? '').split('=')[1];
const report = (passed, failed) => writeFileSync(out, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0 }));
if (line.startsWith('wxt build -b firefox')) process.exit(scenario === 'build fails' ? 1 : 0);
if (line.startsWith('web-ext lint')) {
  const errors = scenario === 'lint error' ? [{ _type: 'error', code: 'MANIFEST_FIELD_INVALID', file: 'manifest.json', message: 'bad' }] : [];
  console.log(JSON.stringify({ errors, warnings: [], notices: [] }));
  process.exit(errors.length ? 1 : 0);
}
if (line.includes('test/firefox/vitest.config.ts')) {
  if (scenario === 'suite crashes') process.exit(1);
  report(6, scenario === 'tests fail' ? 2 : 0);
  process.exit(scenario === 'tests fail' ? 1 : 0);
}
if (line.includes('test/vitest.config.ts')) report(40, 0);
if (args[0] === 'playwright') writeFileSync(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME, JSON.stringify({ stats: { expected: 12, unexpected: 0, flaky: 0, skipped: 0 } }));
process.exit(0);
`;

function executable(path: string, text: string): string {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

function npmTest(firefox: 'fine' | 'build fails' | 'lint error' | 'tests fail' | 'suite crashes') {
  const root = mkdtempSync(join(tmpdir(), 'run-all-'));
  made.push(root);
  for (const dir of ['test/harness', 'bin', '.output/firefox-mv3', 'components', 'entrypoints', 'lib'])
    mkdirSync(join(root, dir), { recursive: true });
  for (const file of [
    'test/run-all.mjs',
    'test/firefox-lint.mjs',
    'test/harness/find-chromium.mjs',
    'test/harness/find-firefox.mjs',
  ])
    copyFileSync(join(ROOT, file), join(root, file));
  writeFileSync(join(root, '.output/firefox-mv3/manifest.json'), '{}');
  const bin = join(root, 'bin');
  executable(join(bin, 'npx'), NPX);
  const r = spawnSync('node', ['test/run-all.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      FIREFOX: firefox,
      CHROMIUM_PATH: executable(join(bin, 'chromium'), '#!/bin/sh\necho "Chromium 156.0.8078.114"\n'),
      FIREFOX_PATH: executable(join(bin, 'firefox'), '#!/bin/sh\necho "Mozilla Firefox 153.8.0esr"\n'),
    },
  });
  return { status: r.status, out: r.stdout, last: r.stdout.trim().split('\n').at(-1) };
}

describe('npm test (test/run-all.mjs) and the Firefox build', { timeout: 60_000 }, () => {
  it('is green when the Firefox side is, counting the Firefox suite', () => {
    const run = npmTest('fine');
    expect(run.last).toBe('58 passed, 0 failed');
    expect(run.status).toBe(0);
  });

  it.each([
    ['the Firefox build fails', 'build fails', 'FAIL build (firefox)'],
    ['`web-ext lint` finds an error in the Firefox build', 'lint error', 'FAIL web-ext lint (firefox)'],
    ['the Firefox suite crashes without a report', 'suite crashes', 'FAIL firefox tests'],
  ] as const)('is red when %s', (_, scenario, step) => {
    const run = npmTest(scenario);
    expect(run.out).toContain(step);
    expect(run.last).toMatch(/^\d+ passed, [1-9]\d* failed$/);
    expect(run.status).toBe(1);
  });

  it('counts each failing Firefox test', () => {
    const run = npmTest('tests fail');
    expect(run.out).toContain('firefox: 6 passed, 2 failed, 0 skipped');
    expect(run.last).toBe('58 passed, 2 failed');
    expect(run.status).toBe(1);
  });
});

// The real linter on a deliberately broken Firefox build: its step in `npm test` fails, naming why.
describe('`web-ext lint` (test/firefox-lint.mjs) on a broken Firefox build', () => {
  it('fails on a missing background script and a minimum version below its keys’', { timeout: 120_000 }, () => {
    const build = mkdtempSync(join(tmpdir(), 'broken-firefox-'));
    made.push(build);
    const gecko = {
      id: 'broken@example.dev',
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    };
    const manifest = {
      manifest_version: 3,
      name: 'Broken',
      version: '1.0',
      background: { scripts: ['background.js'] },
    };
    writeFileSync(join(build, 'manifest.json'), JSON.stringify({ ...manifest, browser_specific_settings: { gecko } }));
    const r = spawnSync('node', ['test/firefox-lint.mjs', build], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toContain('ERROR MANIFEST_BACKGROUND_FILE_NOT_FOUND');
    expect(r.stderr).toContain('WARNING KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION');
    expect(r.status).toBe(1);
  });
});
