// Types of find-chromium.mjs, for test/harness/launch.ts, test/demo/demo.ts and its test.

export interface ChromiumSystem {
  env: Record<string, string | undefined>;
  isRoot: boolean;
  isExecutable(path: string): boolean;
  playwrightChromium(): string | null;
  /** What `path --version` prints (its first line), or why it cannot tell. */
  version(path: string): ChromiumVersion;
  run(cmd: string, args: string[], opts?: { timeoutMs?: number; env?: Record<string, string> }): number | null;
  log(line: string): void;
}

export type ChromiumVersion = { version: string } | { reason: string };
export type ChromiumFound = { path: string } | { error: string };

export const SYSTEM_PATHS: string[];
export const NO_CHROMIUM: string;
export function realSystem(): ChromiumSystem;
export function askVersion(path: string): ChromiumVersion;
export function findChromium(sys?: ChromiumSystem): ChromiumFound;
export function ensureChromium(sys?: ChromiumSystem): ChromiumFound;
