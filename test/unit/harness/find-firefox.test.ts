import { describe, expect, it } from 'vitest';
import type { ChromiumSystem } from '../../harness/find-chromium.mjs';
import { ensureFirefox, NO_FIREFOX } from '../../harness/find-firefox.mjs';

// `npm test` and `.ci/run` on a fresh machine: a Firefox is found, installed (Debian's
// firefox-esr, as root with apt), or one line says what to run. Machines are injected.

function machine(opts: { files?: string[]; env?: Record<string, string>; isRoot?: boolean; installs?: boolean } = {}) {
  const files = new Set(opts.files ?? []);
  const ran: string[] = [];
  const sys: ChromiumSystem = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.env },
    isRoot: opts.isRoot ?? false,
    isExecutable: (path) => files.has(path),
    playwrightChromium: () => null,
    run(cmd, args) {
      ran.push([cmd, ...args].join(' '));
      if (args[0] === 'install' && opts.installs) files.add('/usr/bin/firefox-esr');
      return args[0] === 'update' || opts.installs ? 0 : 1;
    },
    log: () => undefined,
  };
  return { sys, ran };
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
