import { describe, expect, it } from 'vitest';
import {
  ensureChromium,
  findChromium,
  NO_CHROMIUM,
  type ChromiumSystem,
  type ChromiumVersion,
} from '../../harness/find-chromium.mjs';

// `npm run demo` and `npm test` on a fresh machine: a Chromium is found, installed the way the
// machine allows, or one line says what to run. Machines are injected: nothing is installed.

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function machine(
  opts: {
    files?: string[];
    env?: Record<string, string>;
    isRoot?: boolean;
    playwright?: boolean;
    installs?: Record<string, string>;
    /** What `--version` answers, per path (by default, a Chromium's version). */
    versions?: Record<string, ChromiumVersion>;
  } = {},
) {
  const files = new Set(opts.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const sys: ChromiumSystem = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.env },
    isRoot: opts.isRoot ?? false,
    isExecutable: (path) => files.has(path),
    playwrightChromium: () => (opts.playwright ? PLAYWRIGHT : null),
    version: (path) => opts.versions?.[path] ?? { version: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12' },
    run(cmd, args, { timeoutMs } = {}) {
      const line = [cmd, ...args].join(' ');
      ran.push(`${line}${timeoutMs ? ` (timeout ${timeoutMs / 1000} s)` : ''}`);
      // What a successful install leaves behind, when this machine can install.
      const made = Object.entries(opts.installs ?? {}).find(([pattern]) => line.endsWith(pattern));
      if (made) files.add(made[1]);
      return made || args[0] === 'update' ? 0 : 1;
    },
    log: (line) => logged.push(line),
  };
  return { sys, ran, logged };
}

describe('finding a Chromium', () => {
  it.each([
    [
      'CHROMIUM_PATH first',
      { env: { CHROMIUM_PATH: '/opt/c/chrome' }, files: ['/opt/c/chrome', '/usr/bin/chromium'] },
      '/opt/c/chrome',
    ],
    ["Debian's Chromium", { files: ['/usr/bin/chromium', PLAYWRIGHT], playwright: true }, '/usr/bin/chromium'],
    ["Ubuntu's chromium-browser", { files: ['/usr/bin/chromium-browser'] }, '/usr/bin/chromium-browser'],
    ['a chromium on the PATH', { files: ['/usr/local/bin/chromium'] }, '/usr/local/bin/chromium'],
    ["Playwright's own download", { files: [PLAYWRIGHT], playwright: true }, PLAYWRIGHT],
  ])('%s', (_, opts, expected) => {
    const { sys, ran } = machine(opts);
    expect(ensureChromium(sys)).toEqual({ path: expected });
    expect(ran, 'nothing is installed when a Chromium is there').toEqual([]);
  });

  it('a CHROMIUM_PATH that is not there is named, not replaced by another browser', () => {
    const { sys, ran } = machine({ env: { CHROMIUM_PATH: '/opt/gone' }, files: ['/usr/bin/chromium'], isRoot: true });
    expect(ensureChromium(sys)).toEqual({
      error: 'CHROMIUM_PATH=/opt/gone is not an executable file: fix it or unset it.',
    });
    expect(ran).toEqual([]);
  });

  it('branded Google Chrome is refused with the reason', () => {
    const { sys } = machine({ env: { CHROMIUM_PATH: '/usr/bin/google-chrome' }, files: ['/usr/bin/google-chrome'] });
    const found = findChromium(sys);
    expect('error' in found && found.error).toMatch(/Google Chrome.*no longer loads unpacked extensions/);
  });
});

describe('a Chromium that does not answer `--version`', () => {
  it('is refused with the reason, and an install is tried as when there is none', () => {
    const { sys, ran, logged } = machine({
      files: ['/usr/bin/chromium'],
      versions: { '/usr/bin/chromium': { reason: 'failed (exit status 127): libnss3.so missing' } },
      playwright: true,
      installs: { 'playwright install chromium': PLAYWRIGHT },
    });
    expect(ensureChromium(sys)).toEqual({ path: PLAYWRIGHT });
    expect(ran).toEqual(['npx playwright install chromium (timeout 180 s)']);
    expect(logged[0]).toBe(
      'Not using /usr/bin/chromium: `/usr/bin/chromium --version` failed (exit status 127): libnss3.so missing.',
    );
  });

  it('one that says it is Google Chrome is refused too', () => {
    const { sys } = machine({
      files: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
      versions: { '/usr/bin/chromium': { version: 'Google Chrome 142.0.7444.59' } },
    });
    expect(findChromium(sys)).toEqual({ path: '/usr/bin/chromium-browser' });
  });
});

describe('no Chromium on the machine', () => {
  it('as root with apt: installs Debian’s package, then uses it', () => {
    const { sys, ran, logged } = machine({
      isRoot: true,
      files: ['/usr/bin/apt-get'],
      playwright: true,
      installs: { 'install -y -qq chromium': '/usr/bin/chromium' },
    });
    expect(ensureChromium(sys)).toEqual({ path: '/usr/bin/chromium' });
    expect(ran).toEqual([
      '/usr/bin/apt-get update -qq (timeout 900 s)',
      '/usr/bin/apt-get install -y -qq chromium (timeout 900 s)',
    ]);
    expect(logged.join('\n')).toMatch(/installing Debian’s package/);
  });

  it('without root: Playwright’s download, with a timeout, and apt is left alone', () => {
    const { sys, ran } = machine({
      files: ['/usr/bin/apt-get'],
      playwright: true,
      installs: { 'playwright install chromium': PLAYWRIGHT },
    });
    expect(ensureChromium(sys)).toEqual({ path: PLAYWRIGHT });
    expect(ran).toEqual(['npx playwright install chromium (timeout 180 s)']);
  });

  it('when apt cannot install, Playwright’s download is tried next', () => {
    const { sys, ran } = machine({ isRoot: true, files: ['/usr/bin/apt-get'], playwright: true });
    expect(ensureChromium(sys)).toEqual({ error: NO_CHROMIUM });
    expect(ran.map((r) => r.split(' (')[0])).toEqual([
      '/usr/bin/apt-get update -qq',
      '/usr/bin/apt-get install -y -qq chromium',
      'npx playwright install chromium',
    ]);
  });

  it.each([
    [
      'root without apt, Playwright cannot download',
      { isRoot: true, playwright: true },
      ['npx playwright install chromium'],
    ],
    [
      'not root, apt there, Playwright cannot download',
      { files: ['/usr/bin/apt-get'], playwright: true },
      ['npx playwright install chromium'],
    ],
  ])('%s: the one line', (_, opts, tried) => {
    const { sys, ran } = machine(opts);
    expect(ensureChromium(sys)).toEqual({ error: NO_CHROMIUM });
    expect(ran.map((r) => r.split(' (')[0])).toEqual(tried);
  });

  it('nothing can be installed: one line says what to run', () => {
    const { sys, ran } = machine({ isRoot: false });
    const found = ensureChromium(sys);
    expect(ran).toEqual([]);
    expect(found).toEqual({ error: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toMatch(/apt-get install chromium/);
    expect(NO_CHROMIUM).toMatch(/npx playwright install chromium/);
    expect(NO_CHROMIUM).toMatch(/CHROMIUM_PATH/);
    expect(NO_CHROMIUM).toMatch(/Google Chrome no longer loads unpacked extensions/);
  });
});
