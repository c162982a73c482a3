// Which Firefox the Firefox tests drive (test/firefox/), and installing one when the machine
// has none: Debian's Firefox ESR as root with apt, as find-chromium.mjs does for Chromium.
// Plain JavaScript so `npm test` (test/run-all.mjs) and `.ci/run` use it with bare Node. The
// machine is reached through `sys` (find-chromium.mjs's realSystem), so a test injects one.
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realSystem } from './find-chromium.mjs';

export const FIREFOX_SYSTEM_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const NAMES = ['firefox-esr', 'firefox'];

/** The one line shown when no Firefox can be found or installed: what to run. */
export const NO_FIREFOX =
  'No Firefox found: install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox executable (140 or later).';

function onPath(sys, name) {
  for (const dir of (sys.env.PATH ?? '').split(delimiter))
    if (dir && sys.isExecutable(join(dir, name))) return join(dir, name);
  return null;
}

/** A usable Firefox without installing anything: `FIREFOX_PATH`, then the system's. `{ path }` or `{ error }`. */
export function findFirefox(sys = realSystem()) {
  const wanted = sys.env.FIREFOX_PATH;
  if (wanted)
    return sys.isExecutable(wanted)
      ? { path: wanted }
      : { error: `FIREFOX_PATH=${wanted} is not an executable file: fix it or unset it.` };
  for (const path of FIREFOX_SYSTEM_PATHS) if (sys.isExecutable(path)) return { path };
  for (const name of NAMES) {
    const path = onPath(sys, name);
    if (path) return { path };
  }
  return { error: NO_FIREFOX };
}

const APT_TIMEOUT_MS = 15 * 60_000;

/** Like findFirefox, but when none is there installs Debian's firefox-esr as root with apt. Never asks for a password. */
export function ensureFirefox(sys = realSystem()) {
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
