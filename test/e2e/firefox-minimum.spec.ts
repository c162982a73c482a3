import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { MIN_FIREFOX } from '../harness/find-firefox.mjs';

// The built Firefox manifest's minimum versions are the ones its keys need (issue #20): lower,
// and addons.mozilla.org refuses it (Firefox would ignore the key); higher, and users of a
// Firefox that works are turned away. The Firefox the tests drive is held to the same minimum.

const MANIFEST = fileURLToPath(new URL('../../.output/firefox-mv3/manifest.json', import.meta.url));

/** Manifest keys and the first Firefox (desktop, Android) that knows them (MDN's compatibility tables). */
const KEYS_SINCE: Array<{ key: string[]; desktop: number; android: number }> = [
  { key: ['browser_specific_settings', 'gecko', 'data_collection_permissions'], desktop: 140, android: 142 },
];

interface Manifest {
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string };
    gecko_android?: { strict_min_version?: string };
  };
}

const has = (manifest: unknown, path: string[]): boolean =>
  path.reduce<unknown>(
    (at, k) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[k] : undefined),
    manifest,
  ) !== undefined;

/** Where the minimums declared differ from the newest the keys used need (no more, no less); empty when they match. */
function mismatches(manifest: Manifest): string[] {
  const used = KEYS_SINCE.filter((k) => has(manifest, k.key));
  if (used.length === 0) return [];
  const needed = { desktop: Math.max(...used.map((k) => k.desktop)), android: Math.max(...used.map((k) => k.android)) };
  const settings = manifest.browser_specific_settings;
  const declared = {
    desktop: Number.parseInt(settings?.gecko?.strict_min_version ?? '', 10),
    android: Number.parseInt(settings?.gecko_android?.strict_min_version ?? '', 10),
  };
  return (['desktop', 'android'] as const)
    .filter((where) => declared[where] !== needed[where])
    .map((where) => `${where}: declares ${declared[where] || 'none'}, the keys used need ${needed[where]}`);
}

test('the Firefox build declares the minimum versions its keys need', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  expect(has(manifest, KEYS_SINCE[0]!.key), 'the build declares its data collection').toBe(true);
  expect(mismatches(manifest)).toEqual([]);
  expect(Number.parseInt(manifest.browser_specific_settings!.gecko!.strict_min_version!, 10)).toBe(MIN_FIREFOX);
});

test('a manifest whose minimums differ from its keys’ is named', () => {
  const declaring = { gecko: { data_collection_permissions: { required: ['none'] } } };
  expect(
    mismatches({
      browser_specific_settings: {
        ...declaring,
        gecko: { ...declaring.gecko, strict_min_version: '128.0' },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  ).toEqual(['desktop: declares 128, the keys used need 140']);
  expect(
    mismatches({
      browser_specific_settings: { gecko: { ...declaring.gecko, strict_min_version: '142.0' } },
    }),
  ).toEqual(['desktop: declares 142, the keys used need 140', 'android: declares none, the keys used need 142']);
});
