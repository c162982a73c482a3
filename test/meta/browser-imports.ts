import type { Repo } from './repo';

// `wxt/browser` (the extension APIs) only in thin adapters, so the rest of the code takes what
// it needs as parameters and is tested without a browser (docs/architecture.md). The places,
// read from the code as it is, and why each may:
export const BROWSER_ALLOWED: ReadonlyArray<[prefix: string, why: string]> = [
  ['entrypoints/', 'entrypoints wire the browser to the code; they hold no logic'],
  [
    'lib/background/browser-',
    "the background's adapters to the browser's storage, alarms and badge (browser-store.ts)",
  ],
  [
    'lib/background/live-channel.ts',
    'the background telling its pages and content scripts what was stored anew (runtime and tabs messaging)',
  ],
  ['lib/storage/', 'storage items are declared over the browser storage areas they live in'],
  ['lib/ui/', "the extension pages' adapters: asking the background (ask.ts), the page language"],
];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]wxt\/browser['"]/;
const CODE = /^(entrypoints|components|lib|bin)\/.*\.(ts|tsx|mts|mjs|js)$/;

export function browserImportViolations(repo: Repo, allowed = BROWSER_ALLOWED): string[] {
  return repo.files
    .filter((f) => CODE.test(f) && !allowed.some(([prefix]) => f.startsWith(prefix)) && IMPORT.test(repo.read(f)))
    .map(
      (f) =>
        `${f} imports wxt/browser: take what you need as a parameter from an entrypoint or an adapter (allowed: ${allowed.map(([p]) => p).join(', ')})`,
    );
}
