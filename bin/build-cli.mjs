// Builds the command line to plain JavaScript (dist-cli/scalingo-access-review.js, Node 20+,
// every dependency bundled), so `npx scalingo-access-review` runs without TypeScript tooling.
// Run by `npm run build:cli`, and by `npm install` (the `prepare` script).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: [new URL('./scalingo-access-review.ts', import.meta.url).pathname],
  outfile: new URL('../dist-cli/scalingo-access-review.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { 'process.env.SAR_VERSION': JSON.stringify(version) },
  logLevel: 'warning',
});
