import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Runs the BUILT command line (dist-cli/, as `npx scalingo-access-review` does) in a child
// process, with the environment it is given and nothing else from the test's.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = `${ROOT}dist-cli/scalingo-access-review.js`;

/** Builds dist-cli/ from the sources once (what `npm install` does through `prepare`). */
export function buildCli(): void {
  const r = spawnSync(process.execPath, [`${ROOT}bin/build-cli.mjs`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:cli failed: ${r.stderr}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
