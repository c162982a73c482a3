import type { CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

// Code run inside the extension's content-script world of a dashboard tab (Chromium's isolated
// world, reached through the DevTools protocol): what an attacker who got code there can do.

const WORLD = 'Scalingo Access Review';

/** Evaluates `expression` (awaited, result as JSON) in the content-script world of `page`. */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === WORLD)).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === WORLD)!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}
