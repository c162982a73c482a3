// Types of find-firefox.mjs, for test/harness/firefox.ts and its test.
import type { ChromiumSystem } from './find-chromium.mjs';

export type FirefoxFound = { path: string } | { error: string };

export const FIREFOX_SYSTEM_PATHS: string[];
export const NO_FIREFOX: string;
export function findFirefox(sys?: ChromiumSystem): FirefoxFound;
export function ensureFirefox(sys?: ChromiumSystem): FirefoxFound;
