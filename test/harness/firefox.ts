import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './find-firefox.mjs';
import { consoleErrorsSeen, watchConsoleErrors } from './firefox-chrome';

// Starts headless Firefox (ESR) over WebDriver BiDi with the Firefox production build installed
// as a temporary add-on, Scalingo's hosts sent to the local proxy (scalingo-proxy.ts). BiDi may
// not open moz-extension:// pages: the tests reach them as a person does, through the tabs the
// extension opens itself (the settings on install, the review from a chip), found by location.

export const FIREFOX_BUILD_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
/** Fixed by a preference, so the extension's origin is known before it is installed. */
export const ADDON_UUID = '5ca1a90a-cce5-4e71-9e0d-000000000020';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id of the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The errors the extension's pages, background and content script logged since launch, as `path: message`. */
  consoleErrors(): Promise<string[]>;
  /** The open tab showing the extension's page `path` (e.g. '/options.html'), waiting until there is one. */
  extensionTab(path: string): Promise<Page>;
  close(): Promise<void>;
}

async function locationOf(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return '';
  }
}

export async function launchFirefoxWithExtension(opts: {
  proxyPort: number;
  extensionPath?: string;
}): Promise<FirefoxWithExtension> {
  const dir = opts.extensionPath ?? FIREFOX_BUILD_DIR;
  if (!existsSync(`${dir}/manifest.json`))
    throw new Error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const found = findFirefox();
  if ('error' in found) throw new Error(found.error);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.path,
    headless: true,
    // The proxy's throwaway certificate (the browser session only).
    acceptInsecureCerts: true,
    // For firefox-chrome.ts: BiDi may run privileged code in the browser's own window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.no_proxies_on': '',
    },
  });
  // Before the add-on exists, so its first start's errors are seen too.
  const addonId = manifest.browser_specific_settings.gecko.id as string;
  await watchConsoleErrors(browser, EXTENSION_ORIGIN, addonId);
  await browser.installExtension(dir);

  async function extensionTab(path: string): Promise<Page> {
    const wanted = `${EXTENSION_ORIGIN}${path}`;
    for (let i = 0; i < 200; i++) {
      for (const page of await browser.pages()) {
        const href = await locationOf(page);
        if (href === wanted || href.startsWith(`${wanted}#`)) return page;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No tab shows ${wanted}`);
  }
  return {
    browser,
    addonId,
    consoleErrors: async () => {
      const seen = await consoleErrorsSeen(browser);
      if (!Array.isArray(seen)) throw new Error('The console watch was lost (Firefox window gone?)');
      return seen;
    },
    extensionTab,
    close: () => browser.close(),
  };
}
