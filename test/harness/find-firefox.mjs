// Which Firefox the Firefox tests drive (test/firefox/), and installing one when the machine
// has none: Debian's Firefox ESR as root with apt, as find-chromium.mjs does for Chromium.
// Plain JavaScript so `npm test` (test/run-all.mjs) and `.ci/run` use it with bare Node. The
// machine is reached through `sys` (find-chromium.mjs's realSystem, whose `version` runs
// `firefox --version`), so a test injects one. A Firefox that does not answer, or one older than
// the manifest's minimum (it would install the add-on badly or not at all), is refused by name, never driven.
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realSystem } from './find-chromium.mjs';

export const FIREFOX_SYSTEM_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const NAMES = ['firefox-esr', 'firefox'];

/** The manifest's minimum: `browser_specific_settings.gecko.strict_min_version` in wxt.config.ts. */
export const MIN_FIREFOX = 140;

/** The real machine, as find-chromium.mjs has it. */
export const realFirefoxSystem = realSystem;

/** The major version in what `--version` prints ("Mozilla Firefox 153.8.0esr" → 153), or null. */
export function firefoxMajor(version) {
  const m = /\bFirefox\s+(\d+)\./.exec(version);
  return m ? Number(m[1]) : null;
}

/** `{ path }` when the Firefox at `path` runs and is recent enough, else `{ error }`: one line saying why and what to do. */
function usable(sys, path) {
  const answer = sys.version(path);
  const major = 'version' in answer ? firefoxMajor(answer.version) : null;
  if (major !== null && major >= MIN_FIREFOX) return { path };
  const what =
    'reason' in answer
      ? `does not tell its version (\`--version\` ${answer.reason})`
      : major === null
        ? `does not tell its version (\`--version\` printed "${answer.version}")`
        : `is Firefox ${major}`;
  return {
    error: `${path} ${what}; the extension needs Firefox ${MIN_FIREFOX} or later: upgrade it (Debian/Ubuntu: \`sudo apt-get install firefox-esr\`) or set FIREFOX_PATH to a newer Firefox.`,
  };
}

/** The one line shown when no Firefox can be found or installed: what to run. */
export const NO_FIREFOX =
  'No Firefox found: install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox executable (140 or later).';

function onPath(sys, name) {
  for (const dir of (sys.env.PATH ?? '').split(delimiter))
    if (dir && sys.isExecutable(join(dir, name))) return join(dir, name);
  return null;
}

/**
 * A usable Firefox without installing anything: `FIREFOX_PATH`, then the system's, the first
 * recent enough. `{ path }` or `{ error }` (the first one found too old is named).
 */
export function findFirefox(sys = realFirefoxSystem()) {
  const wanted = sys.env.FIREFOX_PATH;
  if (wanted)
    return sys.isExecutable(wanted)
      ? usable(sys, wanted)
      : { error: `FIREFOX_PATH=${wanted} is not an executable file: fix it or unset it.` };
  const found = [...FIREFOX_SYSTEM_PATHS.filter((p) => sys.isExecutable(p)), ...NAMES.map((n) => onPath(sys, n))];
  const refused = [];
  for (const path of new Set(found.filter(Boolean))) {
    const checked = usable(sys, path);
    if ('path' in checked) return checked;
    sys.log(`Not using ${checked.error}`);
    refused.push(checked);
  }
  return refused[0] ?? { error: NO_FIREFOX };
}

const APT_TIMEOUT_MS = 15 * 60_000;

/**
 * Like findFirefox, but when none is there, or only one too old, installs (or upgrades) Debian's
 * firefox-esr as root with apt. Never asks for a password.
 */
export function ensureFirefox(sys = realFirefoxSystem()) {
  const found = findFirefox(sys);
  if ('path' in found || sys.env.FIREFOX_PATH) return found;
  const apt = onPath(sys, 'apt-get');
  if (sys.isRoot && apt) {
    sys.log('No Firefox on this machine: installing Debian’s package (apt-get install firefox-esr)…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (sys.run(apt, ['update', '-qq'], { timeoutMs: APT_TIMEOUT_MS, env }) === 0)
      sys.run(apt, ['install', '-y', '-qq', 'firefox-esr'], { timeoutMs: APT_TIMEOUT_MS, env });
  }
  return findFirefox(sys);
}

// `node test/harness/find-firefox.mjs`: prints the Firefox to use (installing one if need be),
// or the one line saying what to run, and exits 1.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = ensureFirefox();
  if ('path' in found) console.log(found.path);
  else {
    console.error(found.error);
    process.exit(1);
  }
}
