import { existsSync } from 'node:fs';
import { launchWithExtension, BUILD_DIR } from '../test/harness/launch';
import { snapshotWithFindings } from './rules-bench';

// The extension's pages in Chromium with a large stored account: the popup's first paint with
// its findings (2,000) and the review page's render of all findings (5,000). Time from the
// page's navigation start to the first frame where the findings are on screen; median of 3.

type Chrome = { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } } } };

const MARK = `
  new MutationObserver((_, obs) => {
    const sel = document.querySelector('[data-bench-ready]')?.getAttribute('data-bench-ready');
    if (sel && document.querySelector(sel)) {
      requestAnimationFrame(() => { globalThis.__painted = performance.now(); });
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

async function measure(target: number, page: 'popup' | 'review', selector: string): Promise<number> {
  const { snapshot } = snapshotWithFindings(target);
  const ext = await launchWithExtension();
  try {
    await ext.worker.evaluate(async (s) => {
      const c = (globalThis as unknown as Chrome).chrome;
      await c.storage.local.clear();
      await c.storage.local.set({ snapshot: s });
    }, snapshot);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const tab = await ext.context.newPage();
      await tab.addInitScript(`document.addEventListener('DOMContentLoaded', () => document.body.setAttribute('data-bench-ready', ${JSON.stringify(selector)})); ${MARK}`);
      await tab.goto(ext.pageUrl(page));
      await tab.waitForFunction(() => (globalThis as { __painted?: number }).__painted !== undefined, null, { timeout: 60_000 });
      times.push(await tab.evaluate(() => (globalThis as unknown as { __painted: number }).__painted));
      await tab.close();
    }
    return Math.round([...times].sort((a, b) => a - b)[1]!);
  } finally {
    await ext.context.close();
  }
}

export async function benchUi(): Promise<{ rows: string[]; figures: Record<string, number> }> {
  if (!existsSync(`${BUILD_DIR}/manifest.json`)) throw new Error('Build the extension first (npm run build).');
  const popup = await measure(2000, 'popup', '[data-testid="top-findings"] li');
  const review = await measure(5000, 'review', 'article.finding');
  return {
    figures: { 'popup.firstPaintMs.2000': popup, 'review.renderMs.5000': review },
    rows: [
      `  popup, 2,000 findings: first paint with findings ${popup} ms (target < 100 ms)  ${popup < 100 ? 'met' : 'MISS'}`,
      `  review page, 5,000 findings: rendered ${review} ms`,
    ],
  };
}
