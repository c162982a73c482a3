import { describe, expect, it } from 'vitest';
import { openSettingsOnInstall, SETTINGS_PATH } from '../../../lib/background/onboarding';

describe('the settings opened on install', () => {
  it('opens the settings page once on a first install', async () => {
    const opened: string[] = [];
    await openSettingsOnInstall({ reason: 'install' }, async (path) => opened.push(path));
    expect(opened).toEqual([SETTINGS_PATH]);
    expect(SETTINGS_PATH).toBe('/options.html');
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'opens nothing on %s, which would interrupt someone already set up',
    async (reason) => {
      const opened: string[] = [];
      await openSettingsOnInstall({ reason }, async (path) => opened.push(path));
      expect(opened).toEqual([]);
    },
  );
});
