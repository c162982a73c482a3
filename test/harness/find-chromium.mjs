// Which Chromium the end-to-end tests, the demo and the benchmark drive, and installing one
// when the machine has none. Plain JavaScript so `npm test` (test/run-all.mjs) and `.ci/run`
// use it with bare Node; test/harness/launch.ts and test/demo/demo.ts import it too. Branded
// Google Chrome is never a candidate: since Chrome 137 it ignores `--load-extension`. A
// candidate must answer `--version` (a broken install or a stray file is refused, with the
// reason, and the next one tried). Everything the machine is asked goes through `sys`, so a
// test injects a machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
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
    version: askVersion,
    log: (line) => console.error(line),
  };
}

const answered = new Map();

/**
 * What `path --version` prints (`{ version }`, its first line), or why it cannot tell (`{ reason }`).
 * An answer is kept for the process (launch.ts asks before every test); a failure is asked again.
 */
export function askVersion(path) {
  // Keyed by the file's change time too: an upgrade (apt) gives a new answer.
  const key = `${path}@${mtime(path)}`;
  if (answered.has(key)) return answered.get(key);
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const said = (text) => (text ?? '').trim().split('\n')[0] ?? '';
  if (r.error) return { reason: `could not be run (${r.error.code ?? r.error.message})` };
  if (r.status !== 0) {
    const why = said(r.stderr) || said(r.stdout);
    return { reason: `failed (${r.status === null ? r.signal : `exit status ${r.status}`})${why ? `: ${why}` : ''}` };
  }
  if (!said(r.stdout)) return { reason: 'printed nothing' };
  answered.set(key, { version: said(r.stdout) });
  return answered.get(key);
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Why the executable at `path` is no Chromium to drive, or null when it is one. */
function refusal(sys, path) {
  const answer = sys.version(path);
  if ('reason' in answer) return `\`${path} --version\` ${answer.reason}`;
  if (BRANDED.test(answer.version)) return `${path} is ${answer.version}, which no longer loads unpacked extensions`;
  return null;
}

/** An executable candidate that answers as a Chromium; a refused one is logged with its reason. */
function runs(sys, path) {
  if (!path || !sys.isExecutable(path)) return false;
  const why = refusal(sys, path);
  if (why) sys.log(`Not using ${path}: ${why}.`);
  return !why;
}

function onPath(sys, name) {
  for (const dir of (sys.env.PATH ?? '').split(delimiter))
    if (dir && sys.isExecutable(join(dir, name))) return join(dir, name);
  return null;
}

/**
 * A usable Chromium without installing anything: `CHROMIUM_PATH`, the system's Chromium, then
 * Playwright's download, the first that answers `--version`. `{ path }` or `{ error }` (one line
 * saying what to do; a `CHROMIUM_PATH` refused is named, never replaced).
 */
export function findChromium(sys = realSystem()) {
  const wanted = sys.env.CHROMIUM_PATH;
  if (wanted) {
    if (BRANDED.test(wanted))
      return {
        error: `CHROMIUM_PATH=${wanted} is Google Chrome, which no longer loads unpacked extensions from the command line: point it at a Chromium.`,
      };
    if (!sys.isExecutable(wanted))
      return { error: `CHROMIUM_PATH=${wanted} is not an executable file: fix it or unset it.` };
    const why = refusal(sys, wanted);
    return why ? { error: `CHROMIUM_PATH=${wanted} is refused: ${why}. Fix it or unset it.` } : { path: wanted };
  }
  const candidates = [...SYSTEM_PATHS, ...NAMES.map((name) => onPath(sys, name)), sys.playwrightChromium()];
  for (const path of new Set(candidates)) if (runs(sys, path)) return { path };
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
