import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Starts Chromium with the production build of the extension loaded (see docs/testing.md:
// Debian's Chromium; Playwright's own browser download does not work on these machines).

export const BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  pageUrl(name: 'popup' | 'options' | string): string;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionPath?: string } = {}): Promise<LoadedExtension> {
  const extensionPath = opts.extensionPath ?? BUILD_DIR;
  if (!existsSync(`${extensionPath}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
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
  return { context, worker, extensionId, pageUrl: (name) => `chrome-extension://${extensionId}/${name}.html` };
}
