import type { Browser } from 'puppeteer-core';

// Privileged code in Firefox's own browser window (its "chrome"), through WebDriver BiDi: the
// harness starts Firefox with `--remote-allow-system-access` for it. The Firefox tests use it
// for what BiDi does not show: the extension's content-script sandbox and the messages the
// browser's console got from the extension's pages and background (BiDi's log skips them).

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
 * The errors Firefox's console holds from the extension's code (`origin`): uncaught exceptions
 * and rejections, CSP violations, failed loads, from its pages and its background, since start.
 */
export async function consoleErrorsFrom(browser: Browser, origin: string): Promise<string[]> {
  const json = await inBrowserWindow(
    browser,
    `JSON.stringify(Services.console.getMessageArray().flatMap((m) => {
      if (!(m instanceof Ci.nsIScriptError) || m.logLevel !== Ci.nsIConsoleMessage.error) return [];
      return m.sourceName.startsWith(${JSON.stringify(origin)}) ? [m.sourceName.slice(${origin.length}) + ': ' + m.errorMessage] : [];
    }))`,
  );
  return JSON.parse(json) as string[];
}
