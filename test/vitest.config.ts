import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Kept under test/ so the project's top level stays as the design fixes it.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [preact(), WxtVitest()],
  test: {
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'test/meta/**/*.test.ts',
      'test/mock-scalingo/**/*.test.ts',
      'test/conformance/**/*.test.ts',
      'test/cli/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
});
