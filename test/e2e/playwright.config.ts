import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

// End-to-end tests: the production build in Debian's Chromium (see test/harness/launch.ts).
// One worker: each test file starts its own Chromium, and these machines have two cores.
export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  outputDir: fileURLToPath(new URL('../../test-results/e2e', import.meta.url)),
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  forbidOnly: true,
});
