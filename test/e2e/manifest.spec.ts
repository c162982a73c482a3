import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { SCALINGO_HOSTS } from '../../wxt.config';

// What the store reviewers read, on the production builds (Chrome and Firefox): the narrowest
// permissions, a CSP without eval, no remote code, and Firefox's data-collection declaration.

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target}: narrow permissions, no eval, no remote code`, () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions).toEqual(SCALINGO_HOSTS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['https://dashboard.scalingo.com/*'] }),
    ]);
    for (const file of files(join(OUTPUT, target))) {
      if (!/\.(js|html)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\(|new Function\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(text, file).not.toMatch(/import\(["']https?:/);
    }
    if (target.startsWith('firefox')) {
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });
}
