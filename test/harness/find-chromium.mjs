// Which Chromium the end-to-end tests, the demo and the benchmark drive, and installing one
// when the machine has none. Plain JavaScript so `npm test` (test/run-all.mjs) and `.ci/run`
// use it with bare Node; test/harness/launch.ts and test/demo/demo.ts import it too. Branded
// Google Chrome is never a candidate: since Chrome 137 it ignores `--load-extension`.
// Everything the machine is asked goes through `sys`, so a test injects a machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const NAMES = ['chromium', 'chromium-browser'];

/** The one line shown when no Chromium can be found or installed: what to run. */
export const NO_CHROMIUM =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium executable (branded Google Chrome no longer loads unpacked extensions from the command line).';

const BRANDED = /google-chrome|google chrome|chrome\.exe$/i;

/** The real machine. */
export function realSystem() {
  return {
    env: process.env,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    /** Where Playwright keeps its own Chromium (whether or not it is downloaded), or null. */
    playwrightChromium() {
      try {
        return createRequire(import.meta.url)('playwright-core').chromium.executablePath();
      } catch {
        return null;
      }
    },
    /** Runs a command, its output on this terminal; the exit status, or null (not found, timed out). */
    run(cmd, args, { timeoutMs, env } = {}) {
      const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, ...env } });
      return r.error ? null : r.status;
    },
    log: (line) => console.error(line),
  };
}

function onPath(sys, name) {
  for (const dir of (sys.env.PATH ?? '').split(delimiter))
    if (dir && sys.isExecutable(join(dir, name))) return join(dir, name);
  return null;
}

/**
 * A usable Chromium without installing anything: `CHROMIUM_PATH`, the system's Chromium, then
 * Playwright's download. `{ path }` or `{ error }` (one line saying what to do).
 */
export function findChromium(sys = realSystem()) {
  const wanted = sys.env.CHROMIUM_PATH;
  if (wanted) {
    if (BRANDED.test(wanted))
      return {
        error: `CHROMIUM_PATH=${wanted} is Google Chrome, which no longer loads unpacked extensions from the command line: point it at a Chromium.`,
      };
    return sys.isExecutable(wanted)
      ? { path: wanted }
      : { error: `CHROMIUM_PATH=${wanted} is not an executable file: fix it or unset it.` };
  }
  for (const path of SYSTEM_PATHS) if (sys.isExecutable(path)) return { path };
  for (const name of NAMES) {
    const path = onPath(sys, name);
    if (path) return { path };
  }
  const bundled = sys.playwrightChromium();
  if (bundled && sys.isExecutable(bundled)) return { path: bundled };
  return { error: NO_CHROMIUM };
}

const APT_TIMEOUT_MS = 15 * 60_000;
// Playwright's download hangs rather than fails where the network is closed.
const PLAYWRIGHT_TIMEOUT_MS = 3 * 60_000;

/**
 * Like findChromium, but when none is there installs one the way this machine allows:
 * Debian's package as root with apt, else Playwright's installer. Never asks for a password.
 */
export function ensureChromium(sys = realSystem()) {
  const found = findChromium(sys);
  if ('path' in found || sys.env.CHROMIUM_PATH) return found;
  const apt = onPath(sys, 'apt-get');
  if (sys.isRoot && apt) {
    sys.log('No Chromium on this machine: installing Debian’s package (apt-get install chromium)…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (sys.run(apt, ['update', '-qq'], { timeoutMs: APT_TIMEOUT_MS, env }) === 0)
      sys.run(apt, ['install', '-y', '-qq', 'chromium'], { timeoutMs: APT_TIMEOUT_MS, env });
    const installed = findChromium(sys);
    if ('path' in installed) return installed;
  }
  if (sys.playwrightChromium()) {
    sys.log('No Chromium on this machine: trying Playwright’s download (npx playwright install chromium)…');
    sys.run('npx', ['playwright', 'install', 'chromium'], { timeoutMs: PLAYWRIGHT_TIMEOUT_MS });
  }
  return findChromium(sys);
}

// `node test/harness/find-chromium.mjs`: prints the Chromium to use (installing one if need be),
// or the one line saying what to run, and exits 1.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = ensureChromium();
  if ('path' in found) console.log(found.path);
  else {
    console.error(found.error);
    process.exit(1);
  }
}
