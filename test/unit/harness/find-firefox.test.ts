import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureFirefox, MIN_FIREFOX, NO_FIREFOX, type FirefoxSystem } from '../../harness/find-firefox.mjs';

// `npm test` and `.ci/run` on a fresh machine: a Firefox is found, installed (Debian's
// firefox-esr, as root with apt), or one line says what to run. Machines are injected; each
// Firefox answers `--version` with the version in `versions` (153 by default, 153 once apt installed it).

interface Machine {
  files?: string[];
  env?: Record<string, string>;
  isRoot?: boolean;
  installs?: boolean;
  versions?: Record<string, string | null>;
}

function machine(opts: Machine = {}) {
  const files = new Set(opts.files ?? []);
  const versions = { ...opts.versions };
  const ran: string[] = [];
  const logged: string[] = [];
  const sys: FirefoxSystem = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.env },
    isRoot: opts.isRoot ?? false,
    isExecutable: (path) => files.has(path),
    playwrightChromium: () => null,
    run(cmd, args) {
      ran.push([cmd, ...args].join(' '));
      if (args[0] === 'install' && opts.installs) {
        files.add('/usr/bin/firefox-esr');
        versions['/usr/bin/firefox-esr'] = 'Mozilla Firefox 153.8.0esr';
      }
      return args[0] === 'update' || opts.installs ? 0 : 1;
    },
    version(path) {
      if (!files.has(path)) return { reason: 'could not be run (ENOENT)' };
      const said = path in versions ? versions[path] : 'Mozilla Firefox 153.8.0esr';
      return said ? { version: said } : { reason: 'printed nothing' };
    },
    log: (line) => void logged.push(line),
  };
  return { sys, ran, logged };
}

describe('finding a Firefox', () => {
  it.each([
    ['FIREFOX_PATH first', { env: { FIREFOX_PATH: '/opt/ff/firefox' }, files: ['/opt/ff/firefox'] }, '/opt/ff/firefox'],
    ['Debian’s Firefox ESR', { files: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] }, '/usr/bin/firefox-esr'],
    ['a firefox on the PATH', { files: ['/usr/local/bin/firefox'] }, '/usr/local/bin/firefox'],
  ])('%s', (_, opts, expected) => {
    const { sys, ran } = machine(opts);
    expect(ensureFirefox(sys)).toEqual({ path: expected });
    expect(ran, 'nothing is installed when a Firefox is there').toEqual([]);
  });

  it('a FIREFOX_PATH that is not there is named, not replaced by another browser', () => {
    const { sys, ran } = machine({ env: { FIREFOX_PATH: '/opt/gone' }, files: ['/usr/bin/firefox-esr'], isRoot: true });
    expect(ensureFirefox(sys)).toEqual({
      error: 'FIREFOX_PATH=/opt/gone is not an executable file: fix it or unset it.',
    });
    expect(ran).toEqual([]);
  });

  it('as root with apt, installs Debian’s firefox-esr', () => {
    const { sys, ran } = machine({ files: ['/usr/bin/apt-get'], isRoot: true, installs: true });
    expect(ensureFirefox(sys)).toEqual({ path: '/usr/bin/firefox-esr' });
    expect(ran).toEqual(['/usr/bin/apt-get update -qq', '/usr/bin/apt-get install -y -qq firefox-esr']);
  });

  it('without root, or when the install fails, says in one line what to run', () => {
    expect(ensureFirefox(machine({ files: ['/usr/bin/apt-get'] }).sys)).toEqual({ error: NO_FIREFOX });
    const failing = machine({ files: ['/usr/bin/apt-get'], isRoot: true });
    expect(ensureFirefox(failing.sys)).toEqual({ error: NO_FIREFOX });
    expect(failing.ran).toHaveLength(2);
    expect(NO_FIREFOX).toContain('apt-get install firefox-esr');
  });
});

describe('a Firefox older than the manifest’s minimum', () => {
  const old = { '/usr/bin/firefox-esr': 'Mozilla Firefox 128.14.0esr' };

  it('is the minimum wxt.config.ts declares (gecko strict_min_version)', () => {
    const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
    expect(/gecko:\s*\{[^}]*strict_min_version:\s*'(\d+)\./.exec(config)?.[1]).toBe(String(MIN_FIREFOX));
  });

  it('named by FIREFOX_PATH, is refused in one line saying which and what is needed', () => {
    const { sys, ran } = machine({
      env: { FIREFOX_PATH: '/usr/bin/firefox-esr' },
      files: ['/usr/bin/firefox-esr'],
      versions: old,
      isRoot: true,
    });
    const found = ensureFirefox(sys);
    expect(found).toEqual({
      error: expect.stringContaining('/usr/bin/firefox-esr is Firefox 128; the extension needs Firefox 140 or later'),
    });
    expect('error' in found && found.error).not.toContain('\n');
    expect(ran, 'the Firefox the user named is not replaced').toEqual([]);
  });

  it('on the system, is passed over for a recent one further on', () => {
    const { sys } = machine({
      files: ['/usr/bin/firefox-esr', '/usr/local/bin/firefox'],
      versions: { ...old, '/usr/local/bin/firefox': 'Mozilla Firefox 140.0' },
    });
    expect(ensureFirefox(sys)).toEqual({ path: '/usr/local/bin/firefox' });
  });

  it('alone on the system, falls through to apt, which upgrades it', () => {
    const { sys, ran } = machine({
      files: ['/usr/bin/firefox-esr', '/usr/bin/apt-get'],
      versions: old,
      isRoot: true,
      installs: true,
    });
    expect(ensureFirefox(sys)).toEqual({ path: '/usr/bin/firefox-esr' });
    expect(ran).toEqual(['/usr/bin/apt-get update -qq', '/usr/bin/apt-get install -y -qq firefox-esr']);
  });

  it('when apt cannot upgrade it, or one gives no version, is refused by name, not driven', () => {
    const stuck = machine({ files: ['/usr/bin/firefox-esr', '/usr/bin/apt-get'], versions: old });
    expect(ensureFirefox(stuck.sys)).toEqual({
      error: expect.stringMatching(/^\/usr\/bin\/firefox-esr is Firefox 128; .*firefox-esr/),
    });
    const mute = machine({ files: ['/usr/bin/firefox'], versions: { '/usr/bin/firefox': null } });
    expect(ensureFirefox(mute.sys)).toEqual({
      error: expect.stringContaining('/usr/bin/firefox does not tell its version'),
    });
  });
});
