import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the Firefox production build (.output/firefox-mv3) in headless
// Firefox ESR (test/harness/firefox.ts). Each file starts one Firefox and runs its steps in
// order on it; files one at a time (two-core machines).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
