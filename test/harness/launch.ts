import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

// Starts Chromium with the production build of the extension loaded (see docs/testing.md). The
// browser is the one find-chromium.mjs finds; `npm test` and the demo install one beforehand.

export const BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `popup`, `options`, `review` or any other page of the build. */
  pageUrl(name: string): string;
}

export async function launchWithExtension(
  opts: { headless?: boolean; extensionPath?: string } = {},
): Promise<LoadedExtension> {
  const extensionPath = opts.extensionPath ?? BUILD_DIR;
  if (!existsSync(`${extensionPath}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const browser = findChromium();
  if ('error' in browser) throw new Error(browser.error);
  const context = await chromium.launchPersistentContext('', {
    executablePath: browser.path,
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 760 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The settings tab the extension opens on install (lib/background/onboarding.ts), waited for so
  // that it never arrives in the middle of a test.
  const settingsTab = (p: { url(): string }) => p.url() === `chrome-extension://${extensionId}/options.html`;
  if (!context.pages().some(settingsTab)) await context.waitForEvent('page', { predicate: settingsTab });
  return { context, worker, extensionId, pageUrl: (name) => `chrome-extension://${extensionId}/${name}.html` };
}
