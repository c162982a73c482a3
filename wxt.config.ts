import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions: Scalingo's dashboard (content script), the auth service and the two
// regional APIs. Nothing else: the API token carries every right of the account.
export const SCALINGO_HOSTS = [
  'https://dashboard.scalingo.com/*',
  'https://auth.scalingo.com/*',
  'https://api.osc-fr1.scalingo.com/*',
  'https://api.osc-secnum-fr1.scalingo.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Scalingo Access Review',
    description: 'Who can touch your Scalingo apps, with which role, and what to change.',
    // notifications: a scheduled scan's new P1 or P2 (a setting turns it off).
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: SCALINGO_HOSTS,
    action: { default_title: 'Scalingo Access Review' },
    // Stated rather than implied: bundled scripts only, no eval, no remote code (see PRIVACY.md).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});

// Firefox only: its add-on id, and its data-collection declaration (newer than WXT's manifest
// types): nothing leaves the browser but the calls to Scalingo made with the user's own token.
// That declaration exists from Firefox 140 and Firefox for Android 142: the minimum versions
// follow it (`web-ext lint`, run by `npm test`, and test/e2e/firefox-minimum.spec.ts check they match).
const firefoxSettings = {
  gecko: {
    id: 'access-review@scalingo-access-review.dev',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};
