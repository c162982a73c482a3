import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../harness/firefox';
import { inBrowserWindow } from '../harness/firefox-chrome';

// Code run inside the extension's content-script world of a dashboard tab in Firefox: what an
// attacker who got code there can do. Firefox runs an extension's content scripts in one
// sandbox per page; BiDi does not list it, so privileged code in the browser window
// (firefox-chrome.ts) loads a frame script into that tab's process;
// the frame script finds the sandbox of our add-on (ExtensionContent.getContextByExtensionId)
// and evaluates the expression there, with the content script's own `browser` and `indexedDB`.

/** Evaluates `expression` (awaited, result as JSON) in the content-script world of `page`. */
export async function inContentScript(firefox: FirefoxWithExtension, page: Page, expression: string): Promise<unknown> {
  const href = await page.evaluate(() => location.href);
  const channel = `sar-test:${Math.random().toString(36).slice(2)}`;
  const frameScript = `
    const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
    const reply = (value) => sendAsyncMessage(${JSON.stringify(channel)}, value);
    try {
      const context = ExtensionContent.getContextByExtensionId(${JSON.stringify(firefox.addonId)}, content);
      if (!context) throw new Error('our content script is not running in this tab');
      const code = 'Promise.resolve(' + ${JSON.stringify(expression)} + ').then((v) => JSON.stringify({ value: v }))';
      Promise.resolve(Cu.evalInSandbox(code, context.sandbox)).then(
        (json) => reply(String(json)),
        (e) => reply(JSON.stringify({ error: String(e && e.message || e) })),
      );
    } catch (e) {
      reply(JSON.stringify({ error: String(e && e.message || e) }));
    }
  `;
  const inWindow = `(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(href)});
    if (!tab) return JSON.stringify({ error: 'no tab shows ${href}' });
    return await new Promise((ok) => {
      const listener = (m) => (tab.messageManager.removeMessageListener(${JSON.stringify(channel)}, listener), ok(m.data));
      tab.messageManager.addMessageListener(${JSON.stringify(channel)}, listener);
      tab.messageManager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
    });
  })()`;
  const reply = await inBrowserWindow(firefox.browser, inWindow);
  const out = JSON.parse(reply) as { value?: unknown; error?: string };
  if (out.error !== undefined) throw new Error(out.error);
  return out.value;
}
