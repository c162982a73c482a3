import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

// Loads a committed dashboard fixture page into the test's DOM (happy-dom). Pages that build
// their rows from a script (as the Vue dashboard does after its API call) get it run.

export function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/dashboard', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const script = document.querySelector('body script');
  if (!script) return;
  vi.useFakeTimers();
  try {
    // The fixture's own inline script, run as the page would: committed test data, not input.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function(script.textContent ?? '')();
    vi.runAllTimers();
  } finally {
    vi.useRealTimers();
  }
}

/**
 * A click as the browser makes it from the person's own input. happy-dom has no `isTrusted`
 * (every event there is a script's), so the flag is set on the event the way a browser sets it.
 */
export function personClicks(target: Element): void {
  const e = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}
