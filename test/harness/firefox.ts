import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './find-firefox.mjs';

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
  /** Console errors of the extension's own pages, as `path: text`. */
  consoleErrors: string[];
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

interface LogEntry {
  level: string;
  text: string | null;
  source: { context?: string };
  stackTrace?: { callFrames: { url: string }[] };
}

/** The BiDi browsing context of a tab (puppeteer's frame id). */
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export async function launchFirefoxWithExtension(opts: {
  proxyPort: number;
  extensionPath?: string;
}): Promise<FirefoxWithExtension> {
  const dir = opts.extensionPath ?? FIREFOX_BUILD_DIR;
  if (!existsSync(`${dir}/manifest.json`))
    throw new Error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  const extensionContexts = new Set<string | undefined>();
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const found = findFirefox();
  if ('error' in found) throw new Error(found.error);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.path,
    headless: true,
    // The proxy's throwaway certificate (the browser session only).
    acceptInsecureCerts: true,
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
  // Every console error and uncaught exception BiDi reports, kept when it comes from the
  // extension's code or one of its tabs (a moz-extension:// location or stack frame).
  const consoleErrors: string[] = [];
  const connection = (browser as unknown as { connection: { on(e: string, f: (p: LogEntry) => void): void } })
    .connection;
  connection.on('log.entryAdded', (entry) => {
    const frames = entry.stackTrace?.callFrames ?? [];
    const ours = frames.some((f) => f.url.startsWith(EXTENSION_ORIGIN)) || extensionContexts.has(entry.source.context);
    if (entry.level === 'error' && ours) consoleErrors.push(`${frames[0]?.url ?? entry.source.context}: ${entry.text}`);
  });
  await browser.installExtension(dir);

  async function extensionTab(path: string): Promise<Page> {
    const wanted = `${EXTENSION_ORIGIN}${path}`;
    for (let i = 0; i < 200; i++) {
      for (const page of await browser.pages()) {
        const href = await locationOf(page);
        if (href === wanted || href.startsWith(`${wanted}#`)) {
          extensionContexts.add(contextOf(page));
          return page;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No tab shows ${wanted}`);
  }
  return { browser, consoleErrors, extensionTab, close: () => browser.close() };
}
