// Types of find-firefox.mjs, for test/harness/firefox.ts and its test.
import type { ChromiumSystem } from './find-chromium.mjs';

export type FirefoxFound = { path: string } | { error: string };

/** find-chromium.mjs's machine. */
export type FirefoxSystem = ChromiumSystem;

export const FIREFOX_SYSTEM_PATHS: string[];
export const MIN_FIREFOX: number;
export function realFirefoxSystem(): FirefoxSystem;
export function firefoxMajor(version: string): number | null;
export const NO_FIREFOX: string;
export function findFirefox(sys?: FirefoxSystem): FirefoxFound;
export function ensureFirefox(sys?: FirefoxSystem): FirefoxFound;
