import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askVersion, findChromium, realSystem, type ChromiumSystem } from '../../harness/find-chromium.mjs';
import { findFirefox } from '../../harness/find-firefox.mjs';

// A browser is accepted only once `<binary> --version` has run, on the real machine's process
// calls: fake binaries are shell scripts in a temporary folder, the only place this machine
// looks (its own /usr/bin browsers are out of sight). A broken one is refused with the reason
// printed, and the next candidate tried.

const dir = mkdtempSync(join(tmpdir(), 'browsers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function binary(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const BROKEN = 'echo "error while loading shared libraries: libnss3.so: cannot open shared object file" >&2; exit 1';
const broken = binary('broken-browser', BROKEN);
const chromium = binary('good-chromium', 'echo "Chromium 156.0.8078.114 built on Debian GNU/Linux 12"');
const firefox = binary('good-firefox', 'echo "Mozilla Firefox 153.8.0esr"');

function machineIn(env: Record<string, string>) {
  const logged: string[] = [];
  const real = realSystem();
  const sys: ChromiumSystem = {
    ...real,
    env: { PATH: dir, ...env },
    isExecutable: (path) => path.startsWith(dir) && real.isExecutable(path),
    playwrightChromium: () => null,
    log: (line) => void logged.push(line),
  };
  return { sys, logged };
}

describe('`<binary> --version`', () => {
  it('tells a working browser’s version, and why a broken one cannot', () => {
    expect(askVersion(chromium)).toEqual({ version: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12' });
    expect(askVersion(broken)).toEqual({
      reason:
        'failed (exit status 1): error while loading shared libraries: libnss3.so: cannot open shared object file',
    });
    expect(askVersion(binary('mute', 'exit 0'))).toEqual({ reason: 'printed nothing' });
    expect(askVersion(join(dir, 'absent'))).toEqual({ reason: 'could not be run (ENOENT)' });
  });
});

describe('a Chromium that does not run', () => {
  it('named by CHROMIUM_PATH, is refused with the reason, not replaced', () => {
    const { sys } = machineIn({ CHROMIUM_PATH: broken });
    expect(findChromium(sys)).toEqual({
      error: expect.stringMatching(
        /^CHROMIUM_PATH=.*broken-browser is refused: `.*broken-browser --version` failed \(exit status 1\): error while loading shared libraries.*Fix it or unset it\.$/,
      ),
    });
    expect(findChromium(machineIn({ CHROMIUM_PATH: chromium }).sys)).toEqual({ path: chromium });
  });

  it('on the PATH, is passed over for the next one, and the reason is printed', () => {
    binary('chromium', BROKEN);
    const next = binary('chromium-browser', 'echo "Chromium 156.0.8078.114"');
    const { sys, logged } = machineIn({});
    expect(findChromium(sys)).toEqual({ path: next });
    expect(logged).toEqual([
      `Not using ${join(dir, 'chromium')}: \`${join(dir, 'chromium')} --version\` failed (exit status 1): error while loading shared libraries: libnss3.so: cannot open shared object file.`,
    ]);
  });
});

describe('a Firefox that does not run', () => {
  it('named by FIREFOX_PATH, is refused with the reason', () => {
    const found = findFirefox(machineIn({ FIREFOX_PATH: broken }).sys);
    expect('error' in found && found.error).toMatch(
      /broken-browser does not tell its version \(`--version` failed \(exit status 1\): error while loading shared libraries/,
    );
    expect(findFirefox(machineIn({ FIREFOX_PATH: firefox }).sys)).toEqual({ path: firefox });
  });

  it('on the PATH, is passed over for the next one, and the reason is printed', () => {
    binary('firefox-esr', BROKEN);
    const next = binary('firefox', 'echo "Mozilla Firefox 153.8.0esr"');
    const { sys, logged } = machineIn({});
    expect(findFirefox(sys)).toEqual({ path: next });
    expect(logged).toEqual([
      expect.stringMatching(/^Not using .*firefox-esr does not tell its version \(`--version` failed/),
    ]);
  });
});
