import type { Browser } from 'puppeteer-core';

// Privileged code in Firefox's own browser window (its "chrome"), through WebDriver BiDi: the
// harness starts Firefox with `--remote-allow-system-access` for it. The Firefox tests use it
// for what BiDi does not show: the extension's content-script sandbox and the errors the
// extension's pages, background and content script logged (BiDi's log skips them).

interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Evaluates `expression` (awaited; it must give a string) in the browser window, and returns that string. */
export async function inBrowserWindow(browser: Browser, expression: string): Promise<string> {
  const connection = (browser as unknown as { connection: Connection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (tree.result as { contexts: { context: string }[] }).contexts[0]!.context;
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window },
    awaitPromise: true,
  });
  const evaluated = result as { type: string; result?: { value: unknown }; exceptionDetails?: { text: string } };
  if (evaluated.type !== 'success') throw new Error(`In Firefox's window: ${evaluated.exceptionDetails?.text}`);
  return String(evaluated.result?.value);
}

/**
 * Starts collecting, for the whole session, the errors from the extension's code (`origin`,
 * add-on `addonId`): uncaught exceptions and rejections, CSP violations and failed loads (the
 * console service's script errors), and console.error() calls (the console-API storage's events,
 * watched in every process by a process script, pages since closed included). Call it right after launch:
 * the console's own store keeps only its last 250 messages and forgets closed pages'.
 */
export async function watchConsoleErrors(browser: Browser, origin: string, addonId: string): Promise<void> {
  const processScript = `
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    storage.addLogEventListener((event) => {
      const m = event.wrappedJSObject;
      const file = String(m.filename || '');
      if (m.level !== 'error' || !(file.startsWith(${JSON.stringify(origin)}) || m.addonId === ${JSON.stringify(addonId)})) return;
      const text = (m.arguments || []).map((a) => { try { return typeof a === 'string' ? a : String((a && a.message) || a); } catch { return '?'; } });
      sendAsyncMessage('sar-test:console-error', 'console.error in ' + file.replace(${JSON.stringify(origin)}, '') + ': ' + text.join(' '));
    }, Services.scriptSecurityManager.getSystemPrincipal());
  `;
  await inBrowserWindow(
    browser,
    `(() => {
      const errors = (globalThis.sarTestConsoleErrors = []);
      Services.console.registerListener({ observe(m) {
        if (!(m instanceof Ci.nsIScriptError) || m.logLevel !== Ci.nsIConsoleMessage.error) return;
        if (m.sourceName.startsWith(${JSON.stringify(origin)})) errors.push(m.sourceName.slice(${origin.length}) + ': ' + m.errorMessage);
      } });
      Services.ppmm.addMessageListener('sar-test:console-error', (m) => errors.push(String(m.data)));
      Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(processScript)}), true);
      return 'watching';
    })()`,
  );
}

/** What watchConsoleErrors collected so far, as `path: message`. */
export async function consoleErrorsSeen(browser: Browser): Promise<string[]> {
  return JSON.parse(
    await inBrowserWindow(browser, 'JSON.stringify(globalThis.sarTestConsoleErrors ?? null)'),
  ) as string[];
}
