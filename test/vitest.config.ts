import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Kept under test/ so the project's top level stays as the design fixes it. Two projects: `unit`
// (fast, in-process) and `cli` (builds the command line and runs it in child processes). A plain
// run runs both; `--project unit` (npm run test:unit) skips the slow one while you work.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [preact(), WxtVitest()],
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.{ts,tsx}',
            'test/meta/**/*.test.ts',
            'test/mock-scalingo/**/*.test.ts',
            'test/conformance/**/*.test.ts',
          ],
        },
      },
      // Each test starts several Node processes: slow on a busy two-core machine, not wrong.
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
