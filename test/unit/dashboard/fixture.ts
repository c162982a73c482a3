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
    new Function(script.textContent ?? '')();
    vi.runAllTimers();
  } finally {
    vi.useRealTimers();
  }
}
