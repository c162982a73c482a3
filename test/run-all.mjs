#!/usr/bin/env node
// `npm test`: typecheck, lint, format check, unit tests, the production builds, Mozilla's `web-ext lint` on
// the Firefox one, then the end-to-end tests in real Chromium against the Chrome build and the
// Firefox journey in headless Firefox ESR against the Firefox build. Ends with the line
// `N passed, N failed` (tests from the Vitest and Playwright JSON reports; a failed typecheck,
// lint, build or web-ext lint counts as one failure, and so does finding no Chromium or no
// Firefox: test/harness/find-chromium.mjs and find-firefox.mjs install one when the machine
// allows, else say how).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './harness/find-chromium.mjs';
import { ensureFirefox } from './harness/find-firefox.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const firefoxJson = `${results}/firefox.json`;
// Absolute: Playwright resolves a relative output name against its config's folder.
const playwrightJson = resolve(results, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(firefoxJson, { force: true });
rmSync(playwrightJson, { force: true });

let passed = 0;
let failed = 0;
const lines = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

// Counts a report's tests. A step that failed while its report shows no failed test (a suite
// that could not even load, a crash) still counts as one failure.
function countJson(file, label, stepOk) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Vitest: numPassedTests/numFailedTests; Playwright: stats.expected/unexpected/flaky.
  const p = report.numPassedTests ?? (report.stats ? report.stats.expected + report.stats.flaky : 0);
  const f = report.numFailedTests ?? (report.stats ? report.stats.unexpected : 0);
  const skipped = report.numPendingTests ?? report.stats?.skipped ?? 0;
  lines.push(`     ${label}: ${p} passed, ${f} failed, ${skipped} skipped`);
  passed += p;
  failed += f + skipped; // a skipped test hides a defect: it counts as a failure here
  if (!stepOk && f + skipped === 0) failed++;
  return true;
}

const checks = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // One formatter, width 120 (package.json "prettier"); `npm run format` fixes what this finds.
  ['format', 'npx', ['prettier', '--check', '.']],
];
for (const [name, cmd, args] of checks) if (!step(name, cmd, args)) failed++;

const unitOk = step('unit tests', 'npx', [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  `--reporter=json`,
  `--outputFile.json=${vitestJson}`,
]);
if (!countJson(vitestJson, 'vitest', unitOk) && !unitOk) failed++;

const builds = [
  ['build (chrome)', ['wxt', 'build']],
  ['build (firefox)', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  // Only for local-server.spec.ts: may also send the token to a server on this machine.
  ['build (loopback test build)', ['wxt', 'build', '--mode', 'loopback']],
];
if (!builds.every(([name, args]) => step(name, 'npx', args))) {
  // One failure for the build; the suites it skips are named, so no one reads the count as complete.
  failed++;
  lines.push('FAIL end-to-end tests: not run (build failed)', 'FAIL firefox tests: not run (build failed)');
} else {
  // Mozilla's linter on the Firefox build: an error or warning from our code is one failure.
  if (!step('web-ext lint (firefox)', 'node', ['test/firefox-lint.mjs'])) failed++;
  const browser = ensureChromium();
  if ('error' in browser) {
    console.error(`\n${browser.error}`);
    lines.push(`FAIL end-to-end tests: ${browser.error}`);
    failed++;
  } else {
    const e2eOk = step('end-to-end tests', 'npx', ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      CHROMIUM_PATH: browser.path,
    });
    if (!countJson(playwrightJson, 'playwright', e2eOk) && !e2eOk) failed++;
  }
  // The owner's journey and the security checks in Firefox, on the Firefox build made above.
  const firefox = ensureFirefox();
  if ('error' in firefox) {
    console.error(`\n${firefox.error}`);
    lines.push(`FAIL firefox tests: ${firefox.error}`);
    failed++;
  } else {
    const firefoxOk = step(
      'firefox tests',
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'test/firefox/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${firefoxJson}`,
      ],
      { FIREFOX_PATH: firefox.path },
    );
    if (!countJson(firefoxJson, 'firefox', firefoxOk) && !firefoxOk) failed++;
  }
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
