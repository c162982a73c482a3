#!/usr/bin/env node
import { main } from '../lib/cli/audit';

// The command line (`npx scalingo-access-review audit`). Wiring only: lib/cli/ does the work.
// Built to dist-cli/ by bin/build-cli.mjs, which writes the version in.
const version = process.env.SAR_VERSION ?? '0.0.0-dev';

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  version,
});
